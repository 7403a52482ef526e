;;; R7RS 4.1.7: inclusion. Pending: include and include-ci are not implemented yet.
(import (scheme base) (srfi 64))

(test-begin "4.1.7 inclusion")
(include "pending-include-data.txt")
(test-eqv 42 included-value)
(test-end)
