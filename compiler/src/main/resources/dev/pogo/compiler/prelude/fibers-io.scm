;;; (pogo fibers io): TCP sockets whose ports are ordinary Pogo ports. Inside
;;; run-fibers, an operation that has to wait (accept, connect, reading input that
;;; has not arrived, flushing output the kernel will not take yet) parks only the
;;; calling fibre; the scheduler polls the sockets when no fibre is runnable. So a
;;; server is written in blocking style -- read-line, write-string, flush-output-port
;;; -- and serves thousands of connections in one OS thread. Outside run-fibers the
;;; same operations block the thread.
;;;
;;; The channels are java.nio channels in non-blocking mode (runtime/.../net/);
;;; ports.scm has the wrappers that wait and retry.

(%export (pogo fibers io) tcp-listen tcp-accept tcp-connect tcp-close)

;; (tcp-listen port [host]): listens on port (0: any free one, see tcp-listener-port)
;; of host's address, or of every interface without host.
(define (tcp-listen port . host)
  (%tcp-listen port (if (pair? host) (car host) #f)))

;; the optional mode argument: #t for binary ports
(define (%binary-mode? who mode)
  (let ((m (if (pair? mode) (car mode) 'text)))
    (unless (memq m '(text binary))
      (error (string-append (symbol->string who) ": expected the mode text or binary") m))
    (eq? m 'binary)))

(define (%connection-ports conn binary)
  (let ((ports (%tcp-ports conn binary)))
    (values (car ports) (cdr ports))))

;; (tcp-accept listener [mode]): waits for a client; two values, an input port and
;; an output port on the connection, textual (UTF-8) or with mode 'binary binary.
(define (tcp-accept listener . mode)
  (let ((binary (%binary-mode? 'tcp-accept mode)))
    (let loop ()
      (let ((conn (%tcp-accept listener)))
        (if (%would-block? conn)
            (begin (%wait-io listener 'accept) (loop))
            (%connection-ports conn binary))))))

;; (tcp-connect host port [mode]): connects; the two ports as for tcp-accept. Closing
;; the output port sends end of file to the peer; the socket is closed with the second
;; of the two ports.
(define (tcp-connect host port . mode)
  (let* ((binary (%binary-mode? 'tcp-connect mode))
         (conn (%tcp-connect host port)))
    (let loop ()
      (unless (%tcp-finish-connect conn)
        (%wait-io conn 'connect)
        (loop)))
    (%connection-ports conn binary)))

;; Stops listening; a fibre waiting in tcp-accept on it gets an error.
(define (tcp-close listener)
  (%tcp-close listener))
