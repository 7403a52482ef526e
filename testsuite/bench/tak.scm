;; tak: the Takeuchi function, deep non-tail recursion with three arguments.
;; (tak 24 16 8) = 9, repeated 20 times and summed.
;; expected: 180
(define (tak x y z)
  (if (not (< y x))
      z
      (tak (tak (- x 1) y z)
           (tak (- y 1) z x)
           (tak (- z 1) x y))))

(define (run)
  (let loop ((i 0) (sum 0))
    (if (= i 20)
        sum
        (loop (+ i 1) (+ sum (tak 24 16 8))))))
