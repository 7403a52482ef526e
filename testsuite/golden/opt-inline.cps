(fun f0 toplevel
  ()
  (letval
    (_.66 (prim display 3))
    (letrec
      ((lambda.27 (fun f1 lambda args.3 (return args.3))))
      (letcont
        (k0
          (t.28)
          (letval
            (_.65 (prim display t.28))
            (letrec
              ((my-pair?.29 (fun f2 my-pair? (x.4) (letval (t.67 (prim pair? x.4)) (return t.67)))))
              (letval
                (_.64 (define my-pair? my-pair?.29))
                (letrec
                  ((make-point.30
                     (fun f3 make-point (x.5 y.6) (letval (t.68 (prim cons x.5 y.6)) (return t.68)))))
                  (letval
                    (_.63 (define make-point make-point.30))
                    (letrec
                      ((point-x.31
                         (fun f4 point-x (p.7) (letval (t.69 (prim car p.7)) (return t.69)))))
                      (letval
                        (_.62 (define point-x point-x.31))
                        (letrec
                          ((use.34
                             (fun f5 use
                               (p.8)
                               (letval
                                 (t.32 (prim pair? p.8))
                                 (if t.32
                                   (letval (t.33 (global point-x)) (call t.33 p.8 return))
                                   (letval (t.70 (prim cons p.8 p.8)) (return t.70)))))))
                          (letval
                            (_.61 (define use use.34))
                            (letval
                              (t.35 (global use))
                              (letval
                                (t.36 (prim cons 1 2))
                                (letcont
                                  (k1
                                    (t.37)
                                    (letval
                                      (_.60 (prim display t.37))
                                      (letval
                                        (t.38 (global make-point))
                                        (letcont
                                          (k2
                                            (t.39)
                                            (letval
                                              (_.59 (prim display t.39))
                                              (letrec
                                                ((small.40 (fun f6 small () (return 1))))
                                                (letval
                                                  (_.58 (define small small.40))
                                                  (letrec
                                                    ((call-small.42
                                                       (fun f7 call-small
                                                         ()
                                                         (letval
                                                           (t.41 (global small))
                                                           (call t.41 return)))))
                                                    (letval
                                                      (_.57 (define call-small call-small.42))
                                                      (letrec
                                                        ((small.43 (fun f8 small () (return 2))))
                                                        (letval
                                                          (_.56 (set-global! small small.43))
                                                          (letrec
                                                            ((local.49
                                                               (fun f9 local
                                                                 (n.9)
                                                                 (letrec
                                                                   ((loop.11
                                                                      (fun f10 loop
                                                                        (i.13)
                                                                        (letval
                                                                          (t.44 (prim < i.13 n.9))
                                                                          (if t.44
                                                                            (letval
                                                                              (t.45 (prim + i.13 1))
                                                                              (call loop.11 t.45
                                                                                return))
                                                                            (return i.13))))))
                                                                   (letval
                                                                     (t.46 (prim list n.9 n.9))
                                                                     (letval
                                                                       (t.47 (prim car t.46))
                                                                       (letval
                                                                         (t.48 (prim + t.47 5))
                                                                         (call loop.11 t.48 return))))))))
                                                            (letval
                                                              (_.55 (define local local.49))
                                                              (letrec
                                                                ((assigned.51
                                                                   (fun f11 assigned
                                                                     (n.17)
                                                                     (letval
                                                                       (x.18 (prim %make-box n.17))
                                                                       (letval
                                                                         (_.50
                                                                           (prim %box-set! x.18 1))
                                                                         (letval
                                                                           (z.20
                                                                             (prim %box-ref x.18))
                                                                           (letval
                                                                             (t.71
                                                                               (prim + z.20 n.17))
                                                                             (return t.71))))))))
                                                                (letval
                                                                  (_.54
                                                                    (define assigned assigned.51))
                                                                  (letval
                                                                    (t.52 (global local))
                                                                    (letcont
                                                                      (k3
                                                                        (t.53)
                                                                        (letval
                                                                          (t.72 (prim display t.53))
                                                                          (return t.72)))
                                                                      (call t.52 3 k3)))))))))))))))
                                          (call t.38 1 k2)))))
                                  (call t.35 t.36 k1))))))))))))))
        (call lambda.27 1 2 k0)))))
