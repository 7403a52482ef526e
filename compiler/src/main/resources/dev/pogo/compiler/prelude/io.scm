;;; Ports that call user procedures, and exit.
;;
;; The current ports are parameter objects, so redirecting them is parameterize.
;; A port opened here is closed when the procedure returns normally; after an
;; escape it is left open (R7RS 6.13.1: a continuation may re-enter).

(%export (scheme base) call-with-port)
(%export (scheme file) call-with-input-file call-with-output-file
         with-input-from-file with-output-to-file)
(%export (pogo base) call-with-output-string)
(%export (scheme process-context) exit)

(define (call-with-port port proc)
  (call-with-values (lambda () (proc port))
    (lambda results
      (close-port port)
      (apply values results))))

(define (call-with-input-file file proc)
  (call-with-port (open-input-file file) proc))

(define (call-with-output-file file proc)
  (call-with-port (open-output-file file) proc))

(define (with-input-from-file file thunk)
  (let ((port (open-input-file file)))
    (call-with-values (lambda () (parameterize ((current-input-port port)) (thunk)))
      (lambda results
        (close-port port)
        (apply values results)))))

(define (with-output-to-file file thunk)
  (let ((port (open-output-file file)))
    (call-with-values (lambda () (parameterize ((current-output-port port)) (thunk)))
      (lambda results
        (close-port port)
        (apply values results)))))

;; (call-with-output-string proc): proc gets a string port; the result is what it wrote.
(define (call-with-output-string proc)
  (let ((port (open-output-string)))
    (proc port)
    (let ((s (get-output-string port)))
      (close-port port)
      s)))

;; (exit [obj]): run the outstanding dynamic-wind after thunks, outermost last,
;; then end the program; the command line flushes the output.
(define (exit . obj)
  (let ((code (%exit-code (if (null? obj) #t (car obj)))))
    (%rewind-to '())
    (%exit code)))
