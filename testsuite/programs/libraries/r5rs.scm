;;; A program that imports (scheme r5rs) alone sees the R5RS identifiers: the
;;; procedures of several R7RS libraries, the R5RS conversion names and the keywords.
(import (scheme r5rs))

(define-syntax swap!
  (syntax-rules ()
    ((_ a b) (let ((tmp a)) (set! a b) (set! b tmp)))))

(define x 1)
(define y 2)
(swap! x y)
(write (list x y)) (newline)

(write (exact->inexact 1/4)) (newline)
(write (inexact->exact 0.5)) (newline)
(write (cadddr '(1 2 3 4))) (newline)                       ; (scheme cxr)
(write (char-upcase #\a)) (newline)                         ; (scheme char)
(write (string-ci=? "Abc" "aBC")) (newline)
(write (exact? (inexact->exact (sqrt 16)))) (newline)        ; (scheme inexact)
(write (force (delay (+ 1 2)))) (newline)                   ; (scheme lazy)
(write (call-with-current-continuation (lambda (k) (+ 1 (k 42))))) (newline)
(write (let loop ((i 0) (acc '()))
         (cond ((= i 3) (reverse acc))
               (else (loop (+ i 1) (cons i acc))))))
(newline)
(write (case 5 ((1 2 3) 'small) ((4 5 6) 'medium) (else => (lambda (x) x)))) (newline)
(write `(1 ,(+ 1 1) ,@(list 3 4))) (newline)
(write (call-with-values (lambda () (values 1 2)) +)) (newline)
(display "done") (newline)
