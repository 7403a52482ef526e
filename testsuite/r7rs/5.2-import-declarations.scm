;;; R7RS 5.2: import declarations. An import set names a library, or takes
;;; another set and keeps only some identifiers (only), drops some (except),
;;; prefixes all of them (prefix) or renames some (rename); the forms nest.
;;; A name that is not imported may be defined by the program itself.
(import (except (scheme base) vector-map string-for-each)
        (only (scheme char) char-upcase char-downcase)
        (prefix (only (scheme cxr) caddr cdddr) cxr:)
        (rename (only (scheme write) write display) (write write-datum))
        (prefix (rename (only (scheme inexact) sqrt exp) (sqrt root)) m/)
        (rename (only (scheme base) car cdr) (car kar) (cdr kdr))
        (only (scheme lazy) delay force)
        (srfi 64))

;; Names left out by except, only, prefix and rename are free for the program.
(define (vector-map f v) 'mine)
(define (char-foldcase c) 'folded)
(define (caddr x) 'my-caddr)
(define (write x) 'my-write)
(define (sqrt x) 'my-sqrt)
(define make-promise 'my-make-promise)

(define (to-string proc x)
  (let ((port (open-output-string)))
    (proc x port)
    (get-output-string port)))

(test-begin "5.2 import declarations")

(test-group "plain and except"
  (test-equal '(1 2) (list 1 2))
  (test-equal "abc" (string-append "a" "bc"))
  (test-equal '(2 3) (map (lambda (x) (+ x 1)) '(1 2)))
  (test-eq 'mine (vector-map car #((1))))
  (test-eqv #t (procedure? vector-for-each)))

(test-group "only"
  (test-eqv #\A (char-upcase #\a))
  (test-eqv #\a (char-downcase #\A))
  (test-eq 'folded (char-foldcase #\A))
  (test-eqv 5 (force (delay (+ 2 3))))
  (test-eq 'my-make-promise make-promise))

(test-group "prefix"
  (test-eqv 3 (cxr:caddr '(1 2 3)))
  (test-equal '(4) (cxr:cdddr '(1 2 3 4)))
  (test-eq 'my-caddr (caddr '(1 2 3))))

(test-group "rename"
  (test-equal "\"a\"" (to-string write-datum "a"))
  (test-equal "a" (to-string display "a"))
  (test-eq 'my-write (write "a"))
  (test-eqv 1 (kar '(1 . 2)))
  (test-eqv 2 (kdr '(1 . 2)))
  ;; a renamed import is the same binding as the original
  (test-eq car kar)
  (test-eq cdr kdr))

(test-group "nested modifiers"
  (test-eqv 3 (m/root 9))
  (test-eqv 1.0 (m/exp 0.0))
  (test-eq 'my-sqrt (sqrt 9)))

(test-end)
