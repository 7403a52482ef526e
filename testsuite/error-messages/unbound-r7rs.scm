(import (scheme base))
(define (greet) (write-string "hi") (newline))
(greet)
(display "done")
