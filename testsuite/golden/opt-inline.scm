;; beta reduction, copy propagation, inlining of small known procedures, dead bindings
(import (scheme base) (scheme write))
(display ((lambda (x y) (+ x y)) 1 2))  ; beta, then propagation, then folding
(display ((lambda args args) 1 2))     ; a rest parameter: stays a call
(define (my-pair? x) (pair? x))          ; known, small, total: inlined
(define (make-point x y) (cons x y))
(define (point-x p) (car p))             ; car can raise: not inlined (its frame stays in backtraces)
(define (use p) (if (my-pair? p) (point-x p) (make-point p p)))
(display (use (make-point 1 2)))
(display (make-point 1))                 ; wrong arity: stays a call, raises at run time
(define (small) 1)
(define (call-small) (small))
(set! small (lambda () 2))               ; assigned: never inlined
(define (local n)
  (define (twice x) (list x x))          ; letrec-bound, inlined, then dropped
  (define (loop i) (if (< i n) (loop (+ i 1)) i)) ; recursive: stays
  (let ((a n) (b 5))                     ; copies and constants propagated
    (let ((c a)) (loop (+ (car (twice c)) b)))))
(define (assigned n)
  (let ((x n) (y n))
    (set! x 1)                           ; x is boxed: neither x nor y = x copied
    (let ((z x)) (+ z y))))
(display (local 3))
