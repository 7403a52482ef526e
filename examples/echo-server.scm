;; Blocking-style code over an event loop (the coroutine seed's point): an echo
;; server and its clients in one OS thread. `ask` and `serve` are written as if
;; read-line blocked -- and it does, but only for the calling fibre: the scheduler
;; runs the others and polls the sockets meanwhile. Nothing is written in callbacks,
;; and `ask` is called from inside `map` like any procedure.
(import (scheme base) (scheme write) (scheme char) (pogo fibers) (pogo fibers io))

;; a "library" written for blocking ports: send a line, wait for the answer
(define (ask in out line)
  (write-string line out)
  (newline out)
  (flush-output-port out)
  (read-line in))

;; the server's side of one connection: answer each line until the client hangs up
(define (serve in out)
  (let loop ((line (read-line in)))
    (unless (eof-object? line)
      (write-string (string-upcase line) out)
      (newline out)
      (flush-output-port out)
      (loop (read-line in))))
  (close-port in)
  (close-port out))

(define clients 5)
(define listener (tcp-listen 0 "127.0.0.1"))   ; 0: any free port

(define (client i)
  (let-values (((in out) (tcp-connect "127.0.0.1" (tcp-listener-port listener))))
    (let ((answers (map (lambda (word) (ask in out word))
                        (list "hello" "from" (string-append "client-" (number->string i))))))
      (close-port out)
      (close-port in)
      answers)))

(define results (make-vector clients #f))

(run-fibers
  (lambda ()
    ;; the server: a fibre per connection, until every client has come
    (spawn (lambda ()
             (do ((n 0 (+ n 1))) ((= n clients) (tcp-close listener))
               (let-values (((in out) (tcp-accept listener)))
                 (spawn (lambda () (serve in out)))))))
    (do ((i 0 (+ i 1))) ((= i clients))
      (let ((i i)) (spawn (lambda () (vector-set! results i (client i))))))))

(do ((i 0 (+ i 1))) ((= i clients))
  (write (vector-ref results i))
  (newline))
