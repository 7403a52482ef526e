(fun f0 toplevel
  ()
  (letrec
    ((make-counter.5
       (fun f1 make-counter
         ()
         (letval
           (count.1 (prim %make-box 0))
           (letrec
             ((lambda.11
                (fun f2 lambda
                  ()
                  (letval
                    (t.2 (prim %box-ref count.1))
                    (letval
                      (t.3 (prim + t.2 1))
                      (letval
                        (_.4 (prim %box-set! count.1 t.3))
                        (letval (t.12 (prim %box-ref count.1)) (return t.12))))))))
             (return lambda.11))))))
    (letval
      (_.10 (define make-counter make-counter.5))
      (letval
        (t.6 (global make-counter))
        (letcont
          (k0 (t.7) (letval (_.9 (define c t.7)) (letval (t.8 (global c)) (call t.8 return))))
          (call t.6 k0))))))
