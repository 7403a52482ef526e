;; Runs one Pogo benchmark file under Guile for comparison:
;;   guile --no-auto-compile bench/guile-wrapper.scm FILE WARMUPS RUNS BUDGET-MS
;; compiles FILE (Guile's compiler, default optimisation level), loads it, then
;; times (run) with bench/native-timing.scm.
(use-modules (system base compile))
(define args (cdr (command-line)))

;; R7RS names the benchmarks use that Guile's default environment lacks
(define (exact x) (inexact->exact x))
(define (inexact x) (exact->inexact x))

(define compiled (string-append "/tmp/pogo-bench-" (number->string (getpid)) ".go"))
(load-compiled (compile-file (car args) #:output-file compiled))
(delete-file compiled)

(load (string-append (dirname (canonicalize-path (car (command-line)))) "/native-timing.scm"))
(pogo-time-benchmark
 run
 (lambda () (/ (* 1000.0 (get-internal-real-time)) internal-time-units-per-second))
 (lambda (times) (sort times <))
 (string->number (cadr args))
 (string->number (caddr args))
 (string->number (cadddr args)))
