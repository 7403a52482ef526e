;; pair-of is inlined into g (its body cannot fail); second is not (car can), so its frame stays in the backtrace
(import (scheme base) (scheme write))
(define (pair-of x) (cons x x))
(define (second xs) (car (cdr xs)))
(define (g v)
  (second
    (pair-of v)))
(display (g 1))
