;;; R7RS 4.1.7: inclusion.
(import (scheme base) (srfi 64))

(test-begin "4.1.7 inclusion")
(include "include-data.txt")
(test-eqv 42 included-value)
(test-end)
(test-begin "4.1.7 include-ci")
(define (local-scope) (include-ci "include-data-ci.txt") (list included-ci-value))
(test-equal '(7) (local-scope))
(test-end)
