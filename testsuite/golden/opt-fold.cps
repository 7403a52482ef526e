(fun f0 toplevel
  ()
  (letval
    (_.27 (prim display 3))
    (letval
      (_.26 (prim display 9223372036854775808))
      (letval
        (_.25 (prim display 1/3))
        (letval
          (_.24 (prim display 1.5))
          (letval
            (_.23 (prim display #t))
            (letval
              (_.22 (prim display #t))
              (letval
                (_.21 (prim display 'yes))
                (letval
                  (_.20 (prim display 'atom))
                  (letval
                    (t.3 (prim car ()))
                    (letval
                      (_.19 (prim display t.3))
                      (letval
                        (t.4 (prim / 1 0))
                        (letval
                          (_.18 (prim display t.4))
                          (letval
                            (t.5 (prim + 1 "a"))
                            (letval
                              (_.17 (prim display t.5))
                              (letval
                                (t.6 (prim cons 1 2))
                                (letval
                                  (_.16 (prim display t.6))
                                  (letval
                                    (t.7 (prim number->string 42))
                                    (letval
                                      (_.15 (prim display t.7))
                                      (letval
                                        (t.8 (prim string-append "a" "b"))
                                        (letval
                                          (_.14 (prim display t.8))
                                          (letval
                                            (t.9 (prim eq? 100000000000 100000000000))
                                            (letval
                                              (_.13 (prim display t.9))
                                              (letval
                                                (+.1 (global -))
                                                (letcont
                                                  (k0
                                                    (t.10)
                                                    (letval
                                                      (_.12 (prim display t.10))
                                                      (letrec
                                                        ((dead-but-raises.11
                                                           (fun f1 dead-but-raises
                                                             ()
                                                             (letval
                                                               (unused.2 (prim car ()))
                                                               (return 'fine)))))
                                                        (letval
                                                          (t.28
                                                            (define dead-but-raises dead-but-raises.11))
                                                          (return t.28)))))
                                                  (call +.1 5 3 k0))))))))))))))))))))))))))
