;; an assigned captured variable lives in a box
(define (make-counter)
  (let ((count 0))
    (lambda () (set! count (+ count 1)) count)))
(define c (make-counter))
(c)
