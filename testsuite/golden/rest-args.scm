;; rest parameters, apply, and a known call that builds the rest list
(define (sum . xs) (if (null? xs) 0 (+ (car xs) (apply sum (cdr xs)))))
(define (tagged tag . items) (cons tag items))
(tagged 'a 1 2 3)
(sum 1 2 3)
