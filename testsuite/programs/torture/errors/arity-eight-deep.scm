;; a wrong argument count 10,000 calls deep, after the stack has been unwound
(define (eight a b c d e f g h) (+ a b c d e f g h))
(define (go n) (if (= n 0) (eight 1 2 3 4 5 6 7) (+ 1 (go (- n 1)))))
(display "start") (newline)
(display (go 10000))
