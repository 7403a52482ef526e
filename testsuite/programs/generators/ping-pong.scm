;; 1,000,000 switches between two coroutines with symmetric transfer, and
;; 100,000 asymmetric resume/yield round trips; both check a shared counter.
(import (scheme base) (scheme write) (scheme time) (scheme process-context) (pogo coroutine))

(define switches 1000000)
(define counter 0)
(define ping #f)
(define pong #f)
(define (player other-ref)
  (lambda (v)
    (let loop ((v v))
      (set! counter (+ counter 1))
      (if (>= counter switches)
          (list 'finished counter v)
          (loop (transfer (other-ref) (+ v 1)))))))
(set! ping (make-coroutine (player (lambda () pong))))
(set! pong (make-coroutine (player (lambda () ping))))

(define start (current-jiffy))
(define result (resume ping 0))
(define elapsed (- (current-jiffy) start))
(display result) (newline)
(display (list (coroutine-done? ping) (coroutine-done? pong))) (newline)

;; asymmetric: the main program resumes a counter coroutine that yields
(define rounds 100000)
(define co
  (make-coroutine
    (lambda (first)
      (let loop ((total first) (i 0))
        (if (= i rounds)
            (list 'total total)
            (loop (+ total (yield i)) (+ i 1)))))))
(define start2 (current-jiffy))
(let loop ((r (resume co 0)) (n 0))
  (if (coroutine-done? co)
      (begin (display (list r 'yields n)) (newline))
      (loop (resume co 1) (+ n 1))))
(define elapsed2 (- (current-jiffy) start2))
(when (member "--time" (command-line))
  (display (list 'ns-per-transfer (quotient (quotient (* elapsed 1000000000) (jiffies-per-second)) switches)
                 'ns-per-resume+yield (quotient (quotient (* elapsed2 1000000000) (jiffies-per-second)) rounds))
           (current-error-port))
  (newline (current-error-port)))
