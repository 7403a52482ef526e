;;; R7RS 4.2.1 cond-expand.
(import (scheme base) (srfi 64))

(test-begin "4.2.1 cond-expand")

(test-group "4.2.1 cond-expand"
  (test-eq 'base (cond-expand ((library (scheme base)) 'base) (else 'none)))
  (test-eq 'r7rs (cond-expand (r7rs 'r7rs) (else 'other)))
  (test-eq 'else (cond-expand ((and r7rs (not r7rs)) 'neither) (else 'else))))

(test-end)
