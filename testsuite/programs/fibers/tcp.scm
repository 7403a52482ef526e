;; (pogo fibers io): socket ports behave as ordinary ports. An operation whose data
;; arrives in pieces (a datum, a UTF-8 character, a large bytevector) waits and then
;; sees all of it; output larger than the kernel's buffers is flushed in parts;
;; errors (refused connection, accept on a closed listener) are ordinary conditions;
;; outside run-fibers the same procedures block the thread.
(import (scheme base) (scheme write) (scheme read) (pogo fibers) (pogo fibers io))

(define (show . xs) (for-each display xs) (newline))

;; a server fibre running (handler in out) on one connection, and the port it listens on
(define (serve-once handler . mode)
  (let ((listener (tcp-listen 0 "127.0.0.1")))
    (spawn (lambda ()
             (let-values (((in out) (apply tcp-accept listener mode)))
               (tcp-close listener)
               (handler in out)
               (close-port in)
               (close-port out))))
    (tcp-listener-port listener)))

;; read and read-char see data that arrives in pieces, as if it had come at once
(run-fibers
  (lambda ()
    (let ((port (serve-once (lambda (in out)
                              (show "ready before: " (char-ready? in))
                              (show "datum: " (read in))
                              (show "char: " (read-char in) " " (char->integer (read-char in)))
                              (show "line: " (read-line in))
                              (show "crlf: " (read-line in) "|" (read-line in))
                              (show "eof: " (eof-object? (read-char in)))))))
      (let-values (((in out) (tcp-connect "127.0.0.1" port 'binary)))
        (sleep 0.05)   ; the server looks at char-ready? meanwhile
        (write-bytevector (string->utf8 "(1 (2 \"thr") out)
        (flush-output-port out)
        (sleep 0.02)
        (write-bytevector (string->utf8 "ee\") 4)") out)
        ;; a space, then the two bytes of é sent one at a time
        (write-bytevector (bytevector 32 195) out)
        (flush-output-port out)
        (sleep 0.02)
        (write-bytevector (bytevector 169) out)
        (write-bytevector (string->utf8 "rest of the line\na\r\nb") out)
        (close-port out)
        (close-port in)))))

;; a megabyte each way: the writer's flushes wait for the reader, and the reader's
;; read-bytevector waits until all of it is there
(define size 1000000)
(define payload (let ((bv (make-bytevector size)))
                  (do ((i 0 (+ i 1))) ((= i size) bv) (bytevector-u8-set! bv i (modulo (* i 7) 256)))))
(run-fibers
  (lambda ()
    (let ((port (serve-once (lambda (in out)
                              (let ((got (read-bytevector size in)))
                                (show "server got: " (bytevector-length got) " same: " (equal? got payload))
                                (write-u8 (if (eof-object? (peek-u8 in)) 1 0) out)
                                (write-bytevector got out)
                                (flush-output-port out)))
                            'binary)))
      (let-values (((in out) (tcp-connect "127.0.0.1" port 'binary)))
        (write-bytevector payload out)
        (close-port out)
        (let* ((eof-seen (read-u8 in))
               (back (read-bytevector size in)))
          (show "server saw eof: " eof-seen)
          (show "client got: " (bytevector-length back) " same: " (equal? back payload)
                " then eof: " (eof-object? (read-u8 in))))
        (close-port in)))))
;; with time slices, a fibre in an endless loop does not stop the others' sockets
(define spinning #t)
(define spins 0)
(run-fibers
  (lambda ()
    (spawn (lambda () (let loop () (when spinning (set! spins (+ spins 1)) (loop)))))
    (let ((port (serve-once (lambda (in out)
                              (let loop ((line (read-line in)))
                                (unless (eof-object? line)
                                  (write-string line out) (newline out) (flush-output-port out)
                                  (loop (read-line in))))))))
      (let-values (((in out) (tcp-connect "127.0.0.1" port)))
        (let loop ((i 0) (ok 0))
          (if (< i 5)
              (begin
                (write-string (number->string i) out) (newline out) (flush-output-port out)
                (loop (+ i 1) (if (equal? (read-line in) (number->string i)) (+ ok 1) ok)))
              (show "echoed beside a spinning fibre: " ok " " (> spins 0))))
        (close-port out)
        (close-port in)
        (set! spinning #f))))
  0.002)

;; errors are conditions: a refused connection, accepting on a listener closed meanwhile
(define closed-port (let* ((l (tcp-listen 0 "127.0.0.1")) (p (tcp-listener-port l))) (tcp-close l) p))
(run-fibers
  (lambda ()
    (show "refused: " (guard (e ((error-object? e) (error-object-message e)))
                        (tcp-connect "127.0.0.1" closed-port)))
    (let ((listener (tcp-listen 0 "127.0.0.1")))
      (spawn (lambda ()
               (show "accept: " (guard (e ((error-object? e) (error-object-message e)))
                                  (tcp-accept listener)))))
      (spawn (lambda () (sleep 0.01) (tcp-close listener))))))

;; closing a port that a fibre waits on wakes the fibre with an error
(run-fibers
  (lambda ()
    (let ((listener (tcp-listen 0 "127.0.0.1")))
      (let-values (((cin cout) (tcp-connect "127.0.0.1" (tcp-listener-port listener))))
        (let-values (((sin sout) (tcp-accept listener)))
          (spawn (lambda ()
                   (show "closed while reading: " (guard (e ((error-object? e) (error-object-message e)))
                                                    (read-line sin)))))
          (spawn (lambda () (sleep 0.01) (close-port sin)))
          ;; the peer closes later: the reader must not need its end of file to wake
          (spawn (lambda ()
                   (sleep 0.05)
                   (show "then the peer closes")
                   (for-each close-port (list cin cout sout))
                   (tcp-close listener))))))))

;; outside run-fibers the operations block the thread; the kernel's buffers let one
;; thread play both sides
(let* ((listener (tcp-listen 0 "127.0.0.1")))
  (let-values (((cin cout) (tcp-connect "127.0.0.1" (tcp-listener-port listener))))
    (write-string "hello, world\n" cout)
    (flush-output-port cout)
    (let-values (((sin sout) (tcp-accept listener)))
      (parameterize ((current-output-port sout) (current-input-port sin))
        (display (string-length (read-line)))
        (newline)
        (flush-output-port))
      (show "blocking: " (read-line cin) " " (tcp-listener? listener) " " (input-port? sin)
            " " (textual-port? sout))
      (for-each close-port (list cin cout sin sout))
      (tcp-close listener))))
