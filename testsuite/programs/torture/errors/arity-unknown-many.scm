(define (five a b c d e) (list a b c d e))
(define (call-it f) (f 1 2 3 4 5 6))
(display "start") (newline)
(display (call-it five))
