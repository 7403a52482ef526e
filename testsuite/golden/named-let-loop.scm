;; a named let whose only calls are tail calls: a jump, no closure allocation per iteration
(define (sum-to n)
  (let loop ((i 0) (acc 0))
    (if (> i n) acc (loop (+ i 1) (+ acc i)))))
(sum-to 10)
