;; a library with internal state, an unexported helper, and a re-export
(define-library (my counter)
  (export next! reset! (rename make-stack new-stack))
  (import (scheme base) (my stack))
  (begin
    (define count 0)
    (define (bump n) (+ n 1))
    (define (next!) (set! count (bump count)) count)
    (define (reset!) (set! count 0))))
