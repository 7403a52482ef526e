(fun f0 toplevel
  ()
  (letrec
    ((fill.11
       (fun f1 fill
         (n.1)
         (letval
           (l.2 (prim %java-new java.util.ArrayList))
           (letrec
             ((do-loop.3
                (fun f2 do-loop
                  (i.4)
                  (letval
                    (t.6 (prim = i.4 n.1))
                    (if t.6
                      (return l.2)
                      (letval
                        (t.7 (prim - i.4))
                        (letval
                          (t.8 (prim %java-static java.lang.Math abs t.7))
                          (letval
                            (_.10 (prim %java-invoke add l.2 t.8))
                            (letval (t.9 (prim + i.4 1)) (call do-loop.3 t.9 return))))))))))
             (call do-loop.3 0 return))))))
    (letval
      (_.20 (define fill fill.11))
      (letrec
        ((sizes.14
           (fun f3 sizes
             (lists.5)
             (letval
               (t.12 (global map))
               (letval (t.13 (prim %java-member INVOKE  size)) (call t.12 t.13 lists.5 return))))))
        (letval
          (_.19 (define sizes sizes.14))
          (letval
            (t.15 (prim %java-new java.awt.Point 1 2))
            (letval
              (t.16 (prim %java-field x t.15))
              (letval
                (_.18 (prim display t.16))
                (letval
                  (t.17 (prim %java-static-field java.lang.Math PI))
                  (letval (t.21 (prim display t.17)) (return t.21)))))))))))
