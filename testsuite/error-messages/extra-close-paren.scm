(define (f x) x))
(display (f 1))
