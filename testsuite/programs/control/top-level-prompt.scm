;; A program runs under a prompt with the default tag: an abort to it at top level
;; is no error but ends the program (exit status 0) after leaving its dynamic
;; extents. Before that, call/cc at top level behaves as in R7RS programs: the
;; continuation of a top-level form is the rest of the program.
(import (scheme base) (scheme write) (pogo control))

(define k #f)
(define n 0)
(display (list 'value (call/cc (lambda (c) (set! k c) 0))))
(newline)
(set! n (+ n 1))
(when (< n 3) (k n))                 ; runs the forms from the display on again
(display (list 'n n))
(newline)
;; a prompt with the default tag inside the program delimits as usual
(display (call-with-prompt (default-prompt-tag)
           (lambda () (+ 1 (abort-to-prompt (default-prompt-tag) 20)))
           (lambda (k v) (k v))))
(newline)
(dynamic-wind
  (lambda () (display "enter") (newline))
  (lambda () (abort-to-prompt (default-prompt-tag) 'ignored))
  (lambda () (display "leave") (newline)))
(display "not reached")
(newline)
