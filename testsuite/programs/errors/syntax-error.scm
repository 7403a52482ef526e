(define (f x)
  (+ x 1)

(display (f 2))
