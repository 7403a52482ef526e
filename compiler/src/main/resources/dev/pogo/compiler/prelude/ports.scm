;;; The port procedures that may have to wait: reading, flushing, closing an output
;;; port. Each is a Java primitive (%read-line, ...) that, on a port over a
;;; non-blocking socket (pogo fibers io), returns a would-block marker instead of
;;; waiting, having consumed nothing. The wrapper then waits for the socket -- inside
;;; run-fibers by parking only the calling fibre, elsewhere by blocking the thread
;;; (%wait-io, fibers.scm) -- and runs the operation again. So read-line on a socket
;;; is ordinary blocking-style code, and waiting is done by Pogo code, whose
;;; continuation the scheduler can hold; no Java frame ever waits. On other ports
;;; the cost is one test (see PortOperations.java).

(%export (scheme read) read)

;; the slow path: wait until port is ready, run op again (a spurious wake-up waits again)
(define (%retry-io port interest op)
  (%wait-io port interest)
  (let ((r (op)))
    (if (%would-block? r) (%retry-io port interest op) r)))

;; The frequent ones are Java procedure objects (PortOperations.java) that call the
;; primitive and tail-call %retry-io only when it would block: a read-char loop runs
;; at the speed of the bare primitive.
(define read-char (%port-operation 'read-char))
(define peek-char (%port-operation 'peek-char))
(define read-line (%port-operation 'read-line))
(define read-string (%port-operation 'read-string))
(define read (%port-operation 'read))
(define read-u8 (%port-operation 'read-u8))
(define peek-u8 (%port-operation 'peek-u8))
(define read-bytevector (%port-operation 'read-bytevector))
(define flush-output-port (%port-operation 'flush-output-port))

(define read-bytevector!
  (case-lambda
    ((bv) (read-bytevector! bv (current-input-port)))
    ((bv port . range)
     (let* ((op (lambda () (apply %read-bytevector! bv port range)))
            (r (op)))
       (if (%would-block? r) (%retry-io port 'read op) r)))))

;; closing a socket's output port flushes it first, which may wait
(define (close-port port)
  (let ((r (%close-port port)))
    (if (%would-block? r) (%retry-io port 'write (lambda () (%close-port port))) r)))

(define (close-output-port port)
  (let ((r (%close-output-port port)))
    (if (%would-block? r) (%retry-io port 'write (lambda () (%close-output-port port))) r)))
