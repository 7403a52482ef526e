;; more than four arguments: the array calling convention
(define (six a b c d e f) (list a b c d e f))
(define (call-it g) (g 1 2 3 4 5 6))
(call-it six)
