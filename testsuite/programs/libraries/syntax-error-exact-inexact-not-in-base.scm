;;; exact->inexact is in (scheme r5rs) only; (scheme base) has inexact.
(import (scheme base) (scheme write))
(display (inexact 1/2))
(newline)
(display (exact->inexact 1/2))
