;; the value of an if flows into a join continuation; one arm is a call
(define (g x) (* x x))
(define (f a) (let ((x (if a (g a) 0))) (+ x 1)))
(f 3)
