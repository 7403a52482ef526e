(import (scheme base) (scheme write))
(define (second xs) (car (cdr xs)))
(display "before ")
(display (second (list 1)))
