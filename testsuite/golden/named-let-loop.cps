(fun f0 toplevel
  ()
  (letrec
    ((sum-to.8
       (fun f1 sum-to
         (n.1)
         (letrec
           ((loop.2
              (fun f2 loop
                (i.3 acc.4)
                (letval
                  (t.5 (prim > i.3 n.1))
                  (if t.5
                    (return acc.4)
                    (letval
                      (t.6 (prim + i.3 1))
                      (letval (t.7 (prim + acc.4 i.3)) (call loop.2 t.6 t.7 return))))))))
           (call loop.2 0 0 return)))))
    (letval (_.10 (define sum-to sum-to.8)) (letval (t.9 (global sum-to)) (call t.9 10 return)))))
