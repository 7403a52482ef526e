(fun f0 toplevel
  ()
  (letrec
    ((f.18
       (fun f1 f
         (x.1 xs.2)
         (letval
           (t.3 (prim cons x.1 ()))
           (letval
             (t.4 (prim cons 'v t.3))
             (letval
               (t.5 (prim list->vector t.4))
               (letval
                 (t.6 (prim cons x.1 ()))
                 (letval
                   (t.7 (prim cons 'b t.6))
                   (letval
                     (t.8 (prim cons t.7 ()))
                     (letval
                       (t.9 (prim cons 'unquote t.8))
                       (letval
                         (t.10 (prim cons t.9 ()))
                         (letval
                           (t.11 (prim cons 'nested t.10))
                           (letval
                             (t.12 (prim cons t.11 ()))
                             (letval
                               (t.13 (prim cons 'quasiquote t.12))
                               (letval
                                 (t.14 (prim cons t.13 ()))
                                 (letval
                                   (t.15 (prim cons t.5 t.14))
                                   (letval
                                     (t.16 (prim append xs.2 t.15))
                                     (letval
                                       (t.17 (prim cons x.1 t.16))
                                       (letval (t.21 (prim cons 'a t.17)) (return t.21))))))))))))))))))))
    (letval (_.20 (define f f.18)) (letval (t.19 (global f)) (call t.19 1 '(2 3) return)))))
