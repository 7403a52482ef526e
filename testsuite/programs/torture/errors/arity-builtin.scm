(define (f x) (car x 2))
(display "start") (newline)
(display (f '(1)))
