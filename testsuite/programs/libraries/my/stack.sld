(define-library (my stack)
  (export make-stack push! pop! (rename stack-size size) with-pushed)
  (import (scheme base))
  (begin
    (define-record-type stack (%make-stack items) stack? (items stack-items set-stack-items!))
    (define (make-stack) (%make-stack '()))
    (define (push! s x) (set-stack-items! s (cons x (stack-items s))))
    (define (pop! s) (let ((x (car (stack-items s)))) (set-stack-items! s (cdr (stack-items s))) x))
    (define (stack-size s) (length (stack-items s)))
    (define-syntax with-pushed
      (syntax-rules () ((_ s x body ...) (begin (push! s x) (let ((r (begin body ...))) (pop! s) r)))))))
