(fun f0 toplevel
  ()
  (letrec
    ((parity.10
       (fun f1 parity
         (n.1)
         (letrec
           ((even?.2
              (fun f2 even?
                (n.4)
                (letval
                  (t.6 (prim = n.4 0))
                  (if t.6 (return #t) (letval (t.7 (prim - n.4 1)) (call odd?.3 t.7 return))))))
             (odd?.3
               (fun f3 odd?
                 (n.5)
                 (letval
                   (t.8 (prim = n.5 0))
                   (if t.8 (return #f) (letval (t.9 (prim - n.5 1)) (call even?.2 t.9 return)))))))
           (call even?.2 n.1 return)))))
    (letval (_.12 (define parity parity.10)) (letval (t.11 (global parity)) (call t.11 7 return)))))
