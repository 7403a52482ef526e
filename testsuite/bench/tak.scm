;; tak: the Takeuchi function, deep non-tail recursion with three arguments.
;; (tak 18 12 6) = 7, repeated 100 times and summed.
;; expected: 700
(define (tak x y z)
  (if (not (< y x))
      z
      (tak (tak (- x 1) y z)
           (tak (- y 1) z x)
           (tak (- z 1) x y))))

(define (run)
  (let loop ((i 0) (sum 0))
    (if (= i 100)
        sum
        (loop (+ i 1) (+ sum (tak 18 12 6))))))
