;; (pogo fibers io): an echo server and 100 client fibres in one run-fibers, one OS
;; thread, talking over localhost with read-line / write-string / flush-output-port
;; on ordinary ports. Each client sends three lines, reads each echo, closes its
;; output and expects end of file. The server handles the connections concurrently:
;; more than one is open at a time.
(import (scheme base) (scheme write) (pogo fibers) (pogo fibers io))

(define listener (tcp-listen 0 "127.0.0.1"))
(define port (tcp-listener-port listener))
(define clients 100)

(define open-now 0)
(define most-open 0)

(define (serve in out)
  (set! open-now (+ open-now 1))
  (set! most-open (max most-open open-now))
  (let loop ()
    (let ((line (read-line in)))
      (unless (eof-object? line)
        (write-string (string-append "echo: " line "\n") out)
        (flush-output-port out)
        (loop))))
  (set! open-now (- open-now 1))
  (close-port in)
  (close-port out))

(define results (make-vector clients #f))

(define (client i)
  (let-values (((in out) (tcp-connect "127.0.0.1" port)))
    (let loop ((j 0) (got '()))
      (if (< j 3)
          (begin
            (write-string (string-append "client " (number->string i) " line " (number->string j) "\n") out)
            (flush-output-port out)
            (loop (+ j 1) (cons (read-line in) got)))
          (begin
            (close-port out)
            (vector-set! results i (list (reverse got) (eof-object? (read-line in))))
            (close-port in))))))

(run-fibers
  (lambda ()
    (spawn (lambda ()
             (let accept ((n 0))
               (when (< n clients)
                 (let-values (((in out) (tcp-accept listener)))
                   (spawn (lambda () (serve in out)))
                   (accept (+ n 1)))))
             (tcp-close listener)))
    (do ((i 0 (+ i 1))) ((= i clients))
      (let ((i i)) (spawn (lambda () (client i)))))))

(write (vector-ref results 0)) (newline)
(write (vector-ref results 99)) (newline)
(display (let loop ((i 0) (ok 0))
           (if (= i clients) ok
               (loop (+ i 1)
                     (if (equal? (vector-ref results i)
                                 (list (list (string-append "echo: client " (number->string i) " line 0")
                                             (string-append "echo: client " (number->string i) " line 1")
                                             (string-append "echo: client " (number->string i) " line 2"))
                                       #t))
                         (+ ok 1) ok)))))
(newline)
(display (> most-open 1)) (newline)
(display open-now) (newline)
