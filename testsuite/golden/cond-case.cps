(fun f0 toplevel
  ()
  (letrec
    ((classify.9
       (fun f1 classify
         (x.1)
         (letval
           (t.3 (prim assv x.1 '((1 . one) (2 . two))))
           (if t.3
             (letval (t.4 (global cdr)) (call t.4 t.3 return))
             (letval
               (t.5 (prim number? x.1))
               (if t.5
                 (letval
                   (t.6 (prim eqv? x.1 3))
                   (letcont
                     (k0
                       (t.7)
                       (if t.7
                         (return 'small)
                         (letval (t.8 (prim eqv? x.1 5)) (if t.8 (return 'five) (return 'big)))))
                     (if t.6 (jump k0 #t) (letval (t.12 (prim eqv? x.1 4)) (jump k0 t.12)))))
                 (return 'other))))))))
    (letval
      (_.11 (define classify classify.9))
      (letval (t.10 (global classify)) (call t.10 4 return)))))
