#lang racket/base
;; Runs one Pogo benchmark file under Racket for comparison:
;;   racket bench/racket-wrapper.rkt FILE WARMUPS RUNS BUDGET-MS
;; The file's definitions become the body of a module (so Racket compiles them as
;; it compiles a program, with its constant definitions known), then (run) is
;; timed with bench/native-timing.scm.
(require racket/runtime-path)
(define args (current-command-line-arguments))
(define file (vector-ref args 0))
(define warmups (string->number (vector-ref args 1)))
(define runs (string->number (vector-ref args 2)))
(define budget-ms (string->number (vector-ref args 3)))

(define forms
  (call-with-input-file file
    (lambda (in)
      (let loop ((acc '()))
        (let ((form (read in)))
          (if (eof-object? form) (reverse acc) (loop (cons form acc))))))))

;; What the benchmarks use of R7RS that the racket language does otherwise: the
;; names, a one-armed if, and mutable pairs (Racket's pairs are immutable; its
;; unsafe setters mutate them, which is what set-car! does in the other Schemes)
(define r7rs-shims
  '((require (only-in racket/base [if racket-if])
             (only-in racket/unsafe/ops unsafe-set-immutable-car! unsafe-set-immutable-cdr!))
    (define-syntax if
      (syntax-rules ()
        ((_ test then) (racket-if test then (void)))
        ((_ test then else) (racket-if test then else))))
    (define (set-car! pair x) (unsafe-set-immutable-car! pair x))
    (define (set-cdr! pair x) (unsafe-set-immutable-cdr! pair x))
    (define (exact x) (inexact->exact x))
    (define (inexact x) (exact->inexact x))))

(define namespace (make-base-namespace))
(define run
  (parameterize ((current-namespace namespace))
    (eval `(module benchmark racket ,@r7rs-shims ,@forms (provide run)))
    (dynamic-require ''benchmark 'run)))

;; the timing loop the wrappers share, read into a namespace of its own
(define-runtime-path timing-file "native-timing.scm")
(define pogo-time-benchmark
  (parameterize ((current-namespace (make-base-namespace)))
    (load timing-file)
    (namespace-variable-value 'pogo-time-benchmark)))

(pogo-time-benchmark
 run
 current-inexact-monotonic-milliseconds
 (lambda (times) (sort times <))
 warmups
 runs
 budget-ms)
