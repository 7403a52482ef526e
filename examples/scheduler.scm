;; The five-line cooperative scheduler from the Urn post on delimited continuations,
;; with call/p and abort-to-prompt: three tasks run interleaved.
(import (scheme base) (scheme write) (pogo control))

(define tasks '())
(define (spawn task) (set! tasks (append tasks (list task))))
(define (yield-task) (abort-to-prompt 'scheduler))
(define (run)
  (unless (null? tasks)
    (let ((task (car tasks)))
      (set! tasks (cdr tasks))
      (call/p 'scheduler task (lambda (k) (spawn k)))
      (run))))

(define (counter name n)
  (lambda ()
    (do ((i 1 (+ i 1))) ((> i n))
      (display name) (display " ") (display i) (newline)
      (yield-task))))

(spawn (counter "ping" 3))
(spawn (counter "pong" 3))
(spawn (counter "pang" 2))
(run)
