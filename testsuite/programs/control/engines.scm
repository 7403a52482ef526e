;; (pogo engines): fuel counts calls and loop iterations (through the limit check on
;; every call and back-edge), so an engine stops at the same point on every run and
;; resumes from there; fibre time slices (timed interrupts through the same check).
(import (scheme base) (scheme write) (pogo engines) (pogo fibers))
(define (fib n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2)))))
(define (fib-engine) (make-engine (lambda () (fib 15))))

;; how many ticks a fresh engine takes, from the fuel left of an ample supply
(define ample 1000000000)
(define (ticks engine) (engine ample (lambda (left . vals) (- ample left)) (lambda (e) 'expired)))
(define needed (ticks (fib-engine)))
(display (list 'same-count-twice (= needed (ticks (fib-engine))) 'more-than-calls (> needed 1973))) (newline)
;; exactly enough fuel (one tick must remain) completes; one tick less expires
(display ((fib-engine) (+ needed 1) (lambda (left v) (list 'completed v 'left left)) (lambda (e) 'expired))) (newline)
(display ((fib-engine) needed (lambda (left v) 'completed) (lambda (e) 'expired))) (newline)

;; run to completion in slices of 100 ticks: (expiries value)
(define (in-slices engine fuel)
  (let loop ((e engine) (expiries 0))
    (e fuel (lambda (left v) (list expiries v)) (lambda (next) (loop next (+ expiries 1))))))
(define first-run (in-slices (fib-engine) 100))
(display (list 'value (cadr first-run) 'same-expiries (equal? first-run (in-slices (fib-engine) 100))
               'enough (>= (* 100 (+ (car first-run) 1)) needed)))
(newline)
;; an engine stopped after n ticks has done the same work on every run: record the
;; trail of a loop, stop it, and compare two runs
(define (trail-after fuel)
  (let ((trail '()))
    ((make-engine (lambda () (let loop ((i 0)) (set! trail (cons i trail)) (loop (+ i 1)))))
     fuel (lambda args 'finished) (lambda (e) (length trail)))))
(display (list 'trail (< 400 (trail-after 500) 500) (= (trail-after 500) (trail-after 500)) (< (trail-after 100) (trail-after 500))))
(newline)
;; engine-block expires at once; the new engine finishes the work
(display ((make-engine (lambda () (engine-block) 'after-block)) 1000
          (lambda (left v) (list 'completed v))
          (lambda (e) (e 1000 (lambda (left v) (list 'resumed v)) (lambda (e) 'expired-again)))))
(newline)
;; an endless loop is stopped
(display ((make-engine (lambda () (let loop () (loop)))) 3 (lambda args 'finished) (lambda (e) 'expired))) (newline)
;; a quick one completes with fuel left
(display ((make-engine (lambda () (values 1 2))) 100 (lambda (fuel a b) (list (> fuel 0) a b)) (lambda (e) 'expired))) (newline)
;; an error leaves the engine; the next engine runs normally
(display (guard (e (#t 'caught)) ((make-engine (lambda () (car 1))) 100 list list))) (newline)
(display ((fib-engine) (+ needed 1) (lambda (left v) (list v left)) (lambda (e) 'expired))) (newline)
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
