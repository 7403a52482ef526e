(define (f x y) (+ x y))
(f 1)
