;; tak-24: one call of the Takeuchi function with a much larger call tree.
;; expected: 9
(define (tak x y z)
  (if (not (< y x))
      z
      (tak (tak (- x 1) y z)
           (tak (- y 1) z x)
           (tak (- z 1) x y))))

(define (run) (tak 24 16 8))
