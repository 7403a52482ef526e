;; An immediately applied lambda is a let after the optimiser: an error in it is reported at its own line, in the enclosing procedure's frame
(import (scheme base) (scheme write))
(define (f y)
  ((lambda (x)
     (car x))
   y))
(display (f 5))
