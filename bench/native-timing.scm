;; The timing loop that bench/chez-wrapper.ss, bench/racket-wrapper.rkt and
;; bench/guile-wrapper.scm share, in the Scheme all three read alike. Each wrapper
;; loads the benchmark its own way, then loads this and calls it with what differs
;; between them: the clock and the sort.
;;
;; Calls (run) WARMUPS times, then times RUNS calls, and prints the last result and
;; the median time in milliseconds on one line: RESULT<tab>MEDIAN-MS. A slow Scheme
;; stops early: warm-ups once half of BUDGET-MS is spent, timed runs once all of it
;; is (at least one of each).
(define (pogo-time-benchmark run now-ms sort-ascending warmups runs budget-ms)
  (let ((begun (now-ms)) (result #f))
    (do ((i 0 (+ i 1)))
        ((or (= i warmups) (and (> i 0) (> (- (now-ms) begun) (/ budget-ms 2)))))
      (set! result (run)))
    (let* ((times
            (let loop ((i 0) (acc '()))
              (if (or (= i runs) (and (> i 0) (> (- (now-ms) begun) budget-ms)))
                  acc
                  (let ((start (now-ms)))
                    (set! result (run))
                    (loop (+ i 1) (cons (- (now-ms) start) acc))))))
           (sorted (sort-ascending times))
           (n (length sorted))
           (median (if (odd? n)
                       (list-ref sorted (quotient n 2))
                       (/ (+ (list-ref sorted (- (quotient n 2) 1)) (list-ref sorted (quotient n 2))) 2))))
      (write result)
      (display "\t")
      (display median)
      (newline))))
