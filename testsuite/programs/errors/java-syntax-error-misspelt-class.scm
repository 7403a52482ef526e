;; A Java class name that resolves to nothing is a compile error at the name.
(define (f x)
  (Maht:abs x))
(display (f -1))
