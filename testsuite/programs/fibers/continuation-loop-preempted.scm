;; A fibre spinning in a loop made only of continuation invocations is still
;; preempted by its time slice, so the other fibre runs and stops it.
(import (scheme base) (scheme write) (pogo fibers))
(define done #f)
(define count 0)
(define (spin)
  (let ((k (call/cc (lambda (c) c))))
    (set! count (+ count 1))
    (if done 'stop (k k))))
(run-fibers
  (lambda ()
    (spawn spin)
    (spawn (lambda () (sleep 0.02) (set! done #t) (display "other fibre ran") (newline))))
  0.005)
(display "end") (newline)
