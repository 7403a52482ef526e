(fun f0 toplevel
  ()
  (letrec
    ((f.11
       (fun f1 f
         (x.1)
         (letval
           (t.7 (prim %unassigned))
           (letval
             (base.3 (prim %make-box t.7))
             (letrec
               ((double.2 (fun f2 double (y.5) (letval (t.14 (prim * 2 y.5)) (return t.14))))
                 (add.4
                   (fun f3 add
                     (z.6)
                     (letval
                       (t.8 (prim %box-ref-checked base.3 'base))
                       (letval (t.15 (prim + t.8 z.6)) (return t.15))))))
               (letcont
                 (k0 (t.9) (letval (_.10 (prim %box-set! base.3 t.9)) (call add.4 1 return)))
                 (call double.2 x.1 k0))))))))
    (letval (_.13 (define f f.11)) (letval (t.12 (global f)) (call t.12 5 return)))))
