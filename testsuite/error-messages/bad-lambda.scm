(define (f x) (lambda) x)
