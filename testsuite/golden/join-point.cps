(fun f0 toplevel
  ()
  (letrec
    ((g.4 (fun f1 g (x.1) (letval (t.10 (prim * x.1 x.1)) (return t.10)))))
    (letval
      (_.9 (define g g.4))
      (letrec
        ((f.6
           (fun f2 f
             (a.2)
             (letcont
               (k0 (x.3) (letval (t.11 (prim + x.3 1)) (return t.11)))
               (if a.2 (letval (t.5 (global g)) (call t.5 a.2 k0)) (jump k0 0))))))
        (letval (_.8 (define f f.6)) (letval (t.7 (global f)) (call t.7 3 return)))))))
