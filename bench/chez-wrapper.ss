;; Runs one Pogo benchmark file under Chez Scheme for comparison:
;;   scheme --script bench/chez-wrapper.ss FILE WARMUPS RUNS BUDGET-MS
;; loads (and so compiles) FILE, then times (run) with bench/native-timing.scm.
(define args (command-line-arguments))

(load (car args))

(load (string-append (path-parent (car (command-line))) "/native-timing.scm"))
(pogo-time-benchmark
 run
 (lambda ()
   (let ((t (current-time 'time-monotonic)))
     (+ (* 1000.0 (time-second t)) (/ (time-nanosecond t) 1000000.0))))
 (lambda (times) (list-sort < times))
 (string->number (cadr args))
 (string->number (caddr args))
 (string->number (cadddr args)))
