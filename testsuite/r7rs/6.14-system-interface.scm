;;; R7RS 6.14: system interface (features; the rest of the section is in
;;; programs/ports/process-context.scm, which needs a real command line).
(import (scheme base) (scheme process-context) (scheme time) (srfi 64))

(test-begin "6.14 system interface")

(test-group "features"
  (test-assert (list? (features)))
  (test-assert "every feature is a symbol" (let loop ((fs (features)))
                                             (or (null? fs) (and (symbol? (car fs)) (loop (cdr fs))))))
  (test-assert "r7rs" (memq 'r7rs (features)))
  (test-assert "exact-closed" (memq 'exact-closed (features)))
  (test-assert "ratios" (memq 'ratios (features)))
  (test-assert "full-unicode" (memq 'full-unicode (features)))
  (test-assert "pogo" (memq 'pogo (features)))
  (test-assert "jvm" (memq 'jvm (features)))
  (test-assert "srfi-1" (memq 'srfi-1 (features)))
  (test-assert "a fresh list each time" (not (eq? (features) (features))))
  (test-equal "mutating the result changes nothing"
              (features)
              (let ((fs (features))) (set-car! fs 'changed) (features))))

(test-group "the rest"
  (test-assert (list? (command-line)))
  (test-assert (string? (car (command-line))))
  (test-assert (list? (get-environment-variables)))
  (test-eqv #f (get-environment-variable "POGO_SURELY_NOT_SET_ANYWHERE"))
  (test-assert (exact-integer? (current-jiffy)))
  (test-assert (exact-integer? (jiffies-per-second)))
  (test-assert (positive? (jiffies-per-second)))
  (test-assert (real? (current-second)))
  (test-assert (inexact? (current-second))))

(test-end)
