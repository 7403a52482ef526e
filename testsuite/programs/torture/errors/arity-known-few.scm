(define (add3 a b c) (+ a b c))
(display "start") (newline)
(display (add3 1 2))
