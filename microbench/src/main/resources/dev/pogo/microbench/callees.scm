;; Compiled as a unit of its own before calls.scm, so that calls.scm calls
;; global-add1 through its global variable, as it would call a procedure of a
;; library or of an earlier REPL input; within one unit the call would be known.
(define (global-add1 x) (+ x 1))

;; The closure that closure-call-loop receives: it has a free variable, so it is
;; an object of its own closure class.
(define (make-adder k) (lambda (x) (+ x k)))
