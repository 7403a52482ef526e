(define (f) (undefined-thing 1))
(f)
