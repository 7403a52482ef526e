;;; The port procedures that may have to wait: reading, flushing, closing an output
;;; port. Each is a Java primitive (%read-line, ...) that, on a port over a
;;; non-blocking socket (pogo fibers io), returns a would-block marker instead of
;;; waiting, having consumed nothing. The wrapper then waits for the socket -- inside
;;; run-fibers by parking only the calling fibre, elsewhere by blocking the thread
;;; (%wait-io, fibers.scm) -- and runs the operation again. So read-line on a socket
;;; is ordinary blocking-style code, and waiting is done by Pogo code, whose
;;; continuation the scheduler can hold; no Java frame ever waits. On other ports
;;; the cost is one eq? test.

(%export (scheme read) read)

;; the slow path: wait until port is ready, run op again (a spurious wake-up waits again)
(define (%retry-io port interest op)
  (%wait-io port interest)
  (let ((r (op)))
    (if (%would-block? r) (%retry-io port interest op) r)))

;; (name arg ... [port]), the port defaulting to (current)
(define-syntax %define-port-op
  (syntax-rules ()
    ((_ name prim interest current (arg ...))
     (define name
       (case-lambda
         ((arg ...) (name arg ... (current)))
         ((arg ... port)
          (let ((r (prim arg ... port)))
            (if (%would-block? r) (%retry-io port 'interest (lambda () (prim arg ... port))) r))))))))

(%define-port-op read-char %read-char read current-input-port ())
(%define-port-op peek-char %peek-char read current-input-port ())
(%define-port-op read-line %read-line read current-input-port ())
(%define-port-op read-string %read-string read current-input-port (k))
(%define-port-op read %read read current-input-port ())
(%define-port-op read-u8 %read-u8 read current-input-port ())
(%define-port-op peek-u8 %peek-u8 read current-input-port ())
(%define-port-op read-bytevector %read-bytevector read current-input-port (k))
(%define-port-op flush-output-port %flush-output-port write current-output-port ())

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
