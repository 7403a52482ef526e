(fun f0 toplevel
  ()
  (letrec
    ((fib.9
       (fun f1 fib
         (n.1)
         (letval
           (t.2 (prim < n.1 2))
           (if t.2
             (return n.1)
             (letval
               (t.3 (global fib))
               (letval
                 (t.4 (prim - n.1 1))
                 (letcont
                   (k0
                     (t.5)
                     (letval
                       (t.6 (global fib))
                       (letval
                         (t.7 (prim - n.1 2))
                         (letcont
                           (k1 (t.8) (letval (t.13 (prim + t.5 t.8)) (return t.13)))
                           (call t.6 t.7 k1)))))
                   (call t.3 t.4 k0)))))))))
    (letval
      (_.12 (define fib fib.9))
      (letval
        (t.10 (global fib))
        (letcont (k2 (t.11) (letval (t.14 (prim display t.11)) (return t.14))) (call t.10 20 k2))))))
