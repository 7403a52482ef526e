(import (scheme base) (scheme process-context) (scheme write))

;; exit runs the outstanding after thunks, innermost first, and flushes output
(dynamic-wind
  (lambda () (display "before outer") (newline))
  (lambda ()
    (dynamic-wind
      (lambda () (display "before inner") (newline))
      (lambda () (display "exiting") (newline) (exit) (display "not reached"))
      (lambda () (display "after inner") (newline))))
  (lambda () (display "after outer") (newline)))
(display "not reached either")
