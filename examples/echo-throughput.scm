;; How many line round trips per second fibres make over localhost sockets: 100
;; client fibres, each sending a line and waiting for its echo ROUNDS times (the
;; first argument; 100 by default), against 100 server fibres -- all in one
;; run-fibers, in one OS thread.  ./pogo run examples/echo-throughput.scm 1000
(import (scheme base) (scheme write) (scheme time) (scheme process-context)
        (pogo fibers) (pogo fibers io))

(define clients 100)
(define rounds (let ((args (cdr (command-line))))
                 (if (pair? args) (string->number (car args)) 100)))
(define listener (tcp-listen 0 "127.0.0.1"))

(define (serve in out)
  (let loop ((line (read-line in)))
    (unless (eof-object? line)
      (write-string line out)
      (newline out)
      (flush-output-port out)
      (loop (read-line in))))
  (close-port in)
  (close-port out))

(define echoed 0)

(define (client)
  (let-values (((in out) (tcp-connect "127.0.0.1" (tcp-listener-port listener))))
    (do ((i 0 (+ i 1))) ((= i rounds))
      (write-string "ping" out)
      (newline out)
      (flush-output-port out)
      (when (equal? (read-line in) "ping") (set! echoed (+ echoed 1))))
    (close-port out)
    (close-port in)))

(define start (current-jiffy))
(run-fibers
  (lambda ()
    (spawn (lambda ()
             (do ((n 0 (+ n 1))) ((= n clients) (tcp-close listener))
               (let-values (((in out) (tcp-accept listener)))
                 (spawn (lambda () (serve in out)))))))
    (do ((i 0 (+ i 1))) ((= i clients))
      (spawn client))))
(define seconds (/ (- (current-jiffy) start) (jiffies-per-second)))

(display (list 'round-trips echoed 'of (* clients rounds)))
(newline)
(display (list 'seconds (/ (round (* seconds 100)) 100.)
               'per-second (exact (round (/ echoed seconds)))))
(newline)
