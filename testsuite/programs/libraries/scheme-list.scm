;; (scheme list), R7RS-large's name for SRFI 1, exports the SRFI 1 procedures.
(import (scheme base) (scheme write) (scheme list))
(write (list (xcons 2 1) (iota 3 1) (fold + 0 '(1 2 3)) (delete-duplicates '(a b a c b))
             (lset-union eq? '(a b) '(b c)) (take '(1 2 3 4) 2) (last '(1 2 3))
             (filter-map (lambda (x) (and (odd? x) (* x x))) '(1 2 3))))
(newline)
