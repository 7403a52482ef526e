;;; (scheme r5rs) has the R5RS names only: call/cc is an R7RS addition.
(import (scheme r5rs))
(display (call/cc (lambda (k) (k 1))))
