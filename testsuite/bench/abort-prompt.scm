;; abort-to-prompt 1,000,000 times (the handler gets the continuation and a value).
;; expected: 499999500000
;; pogo only: (pogo control) has no Chez counterpart
(import (scheme base) (pogo control))
(define tag (make-prompt-tag 'bench))
(define (run)
  (let loop ((i 0) (sum 0))
    (if (= i 1000000)
        sum
        (loop (+ i 1) (+ sum (call/p tag (lambda () (abort-to-prompt tag i)) (lambda (k v) v)))))))
