(fun f0 toplevel
  ()
  (letrec
    ((sum.10
       (fun f1 sum
         xs.1
         (letval
           (t.4 (prim null? xs.1))
           (if t.4
             (return 0)
             (letval
               (t.5 (prim car xs.1))
               (letval
                 (t.6 (global apply))
                 (letval
                   (t.7 (global sum))
                   (letval
                     (t.8 (prim cdr xs.1))
                     (letcont
                       (k0 (t.9) (letval (t.17 (prim + t.5 t.9)) (return t.17)))
                       (call t.6 t.7 t.8 k0)))))))))))
    (letval
      (_.16 (define sum sum.10))
      (letrec
        ((tagged.11
           (fun f2 tagged (tag.2 . items.3) (letval (t.18 (prim cons tag.2 items.3)) (return t.18)))))
        (letval
          (_.15 (define tagged tagged.11))
          (letval
            (t.12 (global tagged))
            (letcont
              (k1 (_.14) (letval (t.13 (global sum)) (call t.13 1 2 3 return)))
              (call t.12 'a 1 2 3 k1))))))))
