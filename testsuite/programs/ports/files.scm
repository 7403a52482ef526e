(import (scheme base) (scheme file) (scheme read) (scheme write))

(define name "/tmp/pogo-ports-test-files.txt")
(define bin "/tmp/pogo-ports-test-files.bin")
(when (file-exists? name) (delete-file name))
(write (file-exists? name))
(newline)

;; textual round trip, UTF-8
(call-with-output-file name
  (lambda (port)
    (write '(data "λ" #\x1F600 3.5) port)
    (newline port)
    (display "second line" port)))
(write (file-exists? name))
(newline)
(call-with-input-file name
  (lambda (port)
    (write (read port))
    (write (read-char port))
    (write (read-line port))
    (write (eof-object? (read-line port)))
    (newline)))

;; with-output-to-file and with-input-from-file rebind the current ports
(with-output-to-file name
  (lambda ()
    (display "written by display")
    (newline)
    (write 'and-write)))
(display "back on stdout")
(newline)
(write (with-input-from-file name
         (lambda () (list (read-line) (read)))))
(newline)

;; call-with-port closes the port and returns the procedure's values
(define port #f)
(call-with-values
  (lambda () (call-with-port (open-input-file name) (lambda (p) (set! port p) (values (read-line p) 2))))
  (lambda (a b) (write (list a b (input-port-open? port)))))
(newline)

;; binary files
(let ((out (open-binary-output-file bin)))
  (write-bytevector (bytevector 0 1 127 128 255) out)
  (write-u8 42 out)
  (close-port out))
(let ((in (open-binary-input-file bin)))
  (write (read-bytevector 100 in))
  (write (eof-object? (read-u8 in)))
  (close-port in))
(newline)

(delete-file name)
(delete-file bin)
(write (list (file-exists? name) (file-exists? bin)))
(newline)
