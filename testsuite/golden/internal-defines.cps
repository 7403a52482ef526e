(fun f0 toplevel
  ()
  (letrec
    ((f.10
       (fun f1 f
         (x.1)
         (letval
           (base.3 (prim %make-box #<unspecified>))
           (letrec
             ((double.2 (fun f2 double (y.5) (letval (t.13 (prim * 2 y.5)) (return t.13))))
               (add.4
                 (fun f3 add
                   (z.6)
                   (letval
                     (t.7 (prim %box-ref base.3))
                     (letval (t.14 (prim + t.7 z.6)) (return t.14))))))
             (letcont
               (k0 (t.8) (letval (_.9 (prim %box-set! base.3 t.8)) (call add.4 1 return)))
               (call double.2 x.1 k0)))))))
    (letval (_.12 (define f f.10)) (letval (t.11 (global f)) (call t.11 5 return)))))
