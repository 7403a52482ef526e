;;; R7RS 4.2.9: case-lambda.
(import (scheme base) (scheme case-lambda) (srfi 64))

(define range
  (case-lambda
    ((e) (range 0 e))
    ((b e) (do ((r '() (cons e r)) (e (- e 1) (- e 1))) ((< e b) r)))))

(define plus
  (case-lambda
    (() 0)
    ((x) x)
    ((x y) (+ x y))
    ((x y z) (+ (+ x y) z))
    (args (apply + args))))

(test-begin "4.2.9 case-lambda")
(test-equal '(0 1 2) (range 3))
(test-equal '(3 4) (range 3 5))
(test-eqv 0 (plus))
(test-eqv 1 (plus 1))
(test-eqv 6 (plus 1 2 3))
(test-eqv 15 (plus 1 2 3 4 5))
(test-error ((case-lambda ((a) a)) 1 2))
(test-error ((case-lambda)))
(test-end)
