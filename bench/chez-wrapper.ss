;; Runs one Pogo benchmark file under Chez Scheme for comparison:
;;   scheme --script bench/chez-wrapper.ss FILE WARMUPS RUNS BUDGET-MS
;; loads (and so compiles) FILE, calls (run) WARMUPS times, then times RUNS calls
;; and prints the last result and the median time in milliseconds on one line:
;;   RESULT<tab>MEDIAN-MS
(define args (command-line-arguments))
(define file (car args))
(define warmups (string->number (cadr args)))
(define runs (string->number (caddr args)))
;; a slow Scheme stops early: warm-ups once half the budget is spent, timed runs
;; once all of it is (at least one of each)
(define budget-ms (string->number (cadddr args)))

(load file)

(define (now-ms)
  (let ((t (current-time 'time-monotonic)))
    (+ (* 1000.0 (time-second t)) (/ (time-nanosecond t) 1000000.0))))

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
(define sorted (list-sort < times))
(define n (length sorted))
(define median
  (if (odd? n)
      (list-ref sorted (quotient n 2))
      (/ (+ (list-ref sorted (- (quotient n 2) 1)) (list-ref sorted (quotient n 2))) 2)))
(write result)
(display "\t")
(display median)
(newline)
