;; constant folding: what folds, and what must be left to run time
(import (scheme base) (scheme write))
(display (+ 1 2))                        ; exact 3
(display (* 4611686018427387904 2))      ; overflows into a bignum
(display (/ 1 3))                        ; an exact ratio
(display (+ 0.5 1))                      ; a flonum
(display (not #f))
(display (eq? 'a 'a))
(display (if (< 1 2) 'yes 'no))          ; the test folds, then the if
(display (if (not (pair? 5)) 'atom 'pair))
;; never folded
(display (car '()))                      ; raises: the error stays at run time
(display (/ 1 0))                        ; raises
(display (+ 1 "a"))                      ; raises
(display (cons 1 2))                     ; a fresh pair every time
(display (number->string 42))            ; a fresh mutable string
(display (string-append "a" "b"))        ; not pure
(display (eq? 100000000000 100000000000)) ; numbers' identity is the constant pool's
(display (let ((+ -)) (+ 5 3)))          ; + shadowed: not the primitive
(define (dead-but-raises) (let ((unused (car '()))) 'fine))
