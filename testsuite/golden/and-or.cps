(fun f0 toplevel
  ()
  (letrec
    ((f.5
       (fun f1 f
         (a.1 b.2)
         (letcont
           (k0
             (t.4)
             (if t.4
               (return t.4)
               (letval (t.3 (prim not a.1)) (if t.3 (return t.3) (return 'neither)))))
           (if a.1 (jump k0 b.2) (jump k0 #f))))))
    (letval (_.7 (define f f.5)) (letval (t.6 (global f)) (call t.6 1 #f return)))))
