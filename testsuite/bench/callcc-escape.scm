;; call/cc capture and invoke (an escape) 1,000,000 times.
;; expected: 499999500000
(define (run)
  (let loop ((i 0) (sum 0))
    (if (= i 1000000)
        sum
        (loop (+ i 1) (+ sum (call/cc (lambda (k) (k i))))))))
