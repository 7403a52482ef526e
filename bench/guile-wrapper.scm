;; Runs one Pogo benchmark file under Guile for comparison:
;;   guile bench/guile-wrapper.scm FILE WARMUPS RUNS BUDGET-MS
;; compiles FILE (Guile's compiler, default optimisation level), loads it, calls
;; (run) WARMUPS times, then times RUNS calls. Prints the last result and the
;; median time in milliseconds on one line, as bench/chez-wrapper.ss does:
;;   RESULT<tab>MEDIAN-MS
(use-modules (system base compile))
(define args (cdr (command-line)))
(define file (car args))
(define warmups (string->number (cadr args)))
(define runs (string->number (caddr args)))
;; a slow Scheme stops early: warm-ups once half the budget is spent, timed runs
;; once all of it is (at least one of each)
(define budget-ms (string->number (cadddr args)))

;; R7RS names the benchmarks use that Guile's default environment lacks
(define (exact x) (inexact->exact x))
(define (inexact x) (exact->inexact x))

(define compiled (string-append "/tmp/pogo-bench-" (number->string (getpid)) ".go"))
(load-compiled (compile-file file #:output-file compiled))
(delete-file compiled)

(define (now-ms)
  (/ (* 1000.0 (get-internal-real-time)) internal-time-units-per-second))

(define result #f)
(define begun (now-ms))
(do ((i 0 (+ i 1)))
    ((or (= i warmups) (and (> i 0) (> (- (now-ms) begun) (/ budget-ms 2)))))
  (set! result (run)))
(define times
  (let loop ((i 0) (acc '()))
    (if (or (= i runs) (and (> i 0) (> (- (now-ms) begun) budget-ms)))
        acc
        (let ((start (now-ms)))
          (set! result (run))
          (loop (+ i 1) (cons (- (now-ms) start) acc))))))
(define sorted (sort times <))
(define n (length sorted))
(define median
  (if (odd? n)
      (list-ref sorted (quotient n 2))
      (/ (+ (list-ref sorted (- (quotient n 2) 1)) (list-ref sorted (quotient n 2))) 2)))
(write result)
(display "\t")
(display median)
(newline)
