(display "start") (newline)
(define (first x) (car x))
(first 5)
