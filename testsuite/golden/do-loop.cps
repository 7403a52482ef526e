(fun f0 toplevel
  ()
  (letrec
    ((vector-sum.10
       (fun f1 vector-sum
         (v.1)
         (letrec
           ((do-loop.2
              (fun f2 do-loop
                (i.3 acc.4)
                (letval
                  (t.5 (prim vector-length v.1))
                  (letval
                    (t.6 (prim = i.3 t.5))
                    (if t.6
                      (return acc.4)
                      (letval
                        (t.7 (prim + i.3 1))
                        (letval
                          (t.8 (prim vector-ref v.1 i.3))
                          (letval (t.9 (prim + acc.4 t.8)) (call do-loop.2 t.7 t.9 return))))))))))
           (call do-loop.2 0 0 return)))))
    (letval
      (_.12 (define vector-sum vector-sum.10))
      (letval (t.11 (global vector-sum)) (call t.11 '#(1 2 3) return)))))
