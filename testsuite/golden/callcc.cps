(fun f0 toplevel
  ()
  (letrec
    ((first-negative.10
       (fun f1 first-negative
         (lst.1)
         (letval
           (t.4 (global call/cc))
           (letrec
             ((lambda.9
                (fun f2 lambda
                  (return.2)
                  (letval
                    (t.5 (global for-each))
                    (letrec
                      ((lambda.7
                         (fun f3 lambda
                           (x.3)
                           (letval
                             (t.6 (prim < x.3 0))
                             (if t.6 (call return.2 x.3 return) (return #<unspecified>))))))
                      (letcont (k0 (_.8) (return #f)) (call t.5 lambda.7 lst.1 k0)))))))
             (call t.4 lambda.9 return))))))
    (letval
      (_.12 (define first-negative first-negative.10))
      (letval (t.11 (global first-negative)) (call t.11 '(1 -2 3) return)))))
