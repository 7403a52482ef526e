;; (pogo engines): engines preempted by timed interrupts (the limit check on every
;; call and loop back-edge), resumed from where they stopped; fibre time slices.
(import (scheme base) (scheme write) (pogo engines) (pogo fibers))
(define (fib n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2)))))
;; a computation that needs several slices of fuel
(define (run-to-completion engine slices)
  (engine 1
          (lambda (fuel . values) (list 'done values 'after slices 'expiries))
          (lambda (next) (run-to-completion next (+ slices 1)))))
(let ((r (run-to-completion (make-engine (lambda () (fib 30))) 0)))
  (display (list (car r) (cadr r) (> (list-ref r 3) 0))) (newline))
;; an endless loop is stopped
(display ((make-engine (lambda () (let loop () (loop)))) 3 (lambda args 'finished) (lambda (e) 'expired))) (newline)
;; a quick one completes with fuel left
(display ((make-engine (lambda () (values 1 2))) 100 (lambda (fuel a b) (list (> fuel 0) a b)) (lambda (e) 'expired))) (newline)
;; fibres with time slices: an endless loop does not starve the others
(define done #f)
(run-fibers
  (lambda ()
    (spawn (lambda () (let loop () (unless done (loop)))))
    (spawn (lambda () (sleep 0.02) (set! done #t) (display "other fibre ran") (newline))))
  0.005)
;; two endless loops in fibres both make progress under time slices
(define a-count 0)
(define b-count 0)
(define stop #f)
(run-fibers
  (lambda ()
    (spawn (lambda () (let loop () (unless stop (set! a-count (+ a-count 1)) (loop)))))
    (spawn (lambda () (let loop () (unless stop (set! b-count (+ b-count 1)) (loop)))))
    (spawn (lambda () (sleep 0.05) (set! stop #t))))
  0.002)
(display (list (> a-count 0) (> b-count 0))) (newline)
