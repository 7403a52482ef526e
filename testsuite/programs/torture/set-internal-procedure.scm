;; an internal procedure definition that the body later assigns with set!
(define (f)
  (define (next) 'first)
  (define (call-next) (next))
  (let ((a (call-next)))
    (set! next (lambda () 'second))
    (list a (call-next))))
(display (f))
(newline)
