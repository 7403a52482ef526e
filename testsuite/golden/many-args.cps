(fun f0 toplevel
  ()
  (letrec
    ((six.8
       (fun f1 six
         (a.1 b.2 c.3 d.4 e.5 f.6)
         (letval (t.14 (prim list a.1 b.2 c.3 d.4 e.5 f.6)) (return t.14)))))
    (letval
      (_.13 (define six six.8))
      (letrec
        ((call-it.9 (fun f2 call-it (g.7) (call g.7 1 2 3 4 5 6 return))))
        (letval
          (_.12 (define call-it call-it.9))
          (letval (t.10 (global call-it)) (letval (t.11 (global six)) (call t.10 t.11 return))))))))
