;; A loop made only of continuation invocations (a "goto" through call/cc) still
;; uses up an engine's fuel: each (again again) is an invocation from tail
;; position, which may skip the unwind to the driver, but not when an interrupt or
;; a step is due, or the loop would never be preempted.
(import (scheme base) (scheme write) (pogo engines))
(define (count-up n)
  (let* ((i 0) (again (call/cc (lambda (k) k))))
    (set! i (+ i 1))
    (if (< i n) (again again) i)))
(display ((make-engine (lambda () (count-up 100000))) 50
          (lambda (left v) (list 'completed v 'fuel-left left))
          (lambda (e) 'expired)))
(newline)
;; given the fuel, it finishes
(display ((make-engine (lambda () (count-up 10))) 1000
          (lambda (left v) (list 'completed v))
          (lambda (e) 'expired)))
(newline)
;; and an endless one expires
(define (spin) (let ((k (call/cc (lambda (c) c)))) (k k)))
(display ((make-engine spin) 100 (lambda args 'finished) (lambda (e) 'expired)))
(newline)
