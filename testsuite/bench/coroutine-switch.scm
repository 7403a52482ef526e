;; (pogo coroutine): 100,000 resume/yield round trips (200,000 switches).
;; expected: 100000
;; pogo only: (pogo coroutine) has no Chez counterpart
(import (scheme base) (pogo coroutine))
(define (run)
  (let ((co (make-coroutine (lambda (x) (let loop ((x x)) (loop (yield (+ x 1))))))))
    (let loop ((i 0) (x 0))
      (if (= i 100000) x (loop (+ i 1) (resume co x))))))
