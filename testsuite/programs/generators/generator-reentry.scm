;; A coroutine generator called from inside its own body is an error. It used to
;; install a second prompt and resume its own suspended body in it, which called the
;; generator again: a loop that ran until memory ran out.
(import (scheme base) (scheme write) (srfi 158))
(define g (make-coroutine-generator
           (lambda (yield)
             (yield 1)
             (yield (g)))))
(display (g))
(newline)
(display (guard (e ((error-object? e) (error-object-message e))) (g)))
(newline)
;; a generator consumed by another generator's body is not inside its own body
(define inner (make-coroutine-generator (lambda (yield) (yield 'a) (yield 'b))))
(define outer (make-coroutine-generator (lambda (yield) (yield (inner)) (yield (inner)))))
(display (generator->list outer))
(newline)
