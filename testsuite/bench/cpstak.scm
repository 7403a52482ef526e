;; cpstak: tak in continuation-passing style. Every call is a tail call and every
;; pending computation is a freshly allocated closure, so this measures closure
;; allocation and unknown tail calls. (cpstak 18 12 6) = 7, 50 times, summed.
;; expected: 350
(define (cpstak x y z)
  (define (tak x y z k)
    (if (not (< y x))
        (k z)
        (tak (- x 1) y z
             (lambda (v1)
               (tak (- y 1) z x
                    (lambda (v2)
                      (tak (- z 1) x y
                           (lambda (v3)
                             (tak v1 v2 v3 k)))))))))
  (tak x y z (lambda (a) a)))

(define (run)
  (let loop ((i 0) (sum 0))
    (if (= i 50)
        sum
        (loop (+ i 1) (+ sum (cpstak 18 12 6))))))
