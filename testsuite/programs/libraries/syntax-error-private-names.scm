;;; Pogo's own %-names are in no library: a program does not see them.
(import (scheme base))
(%make-box 1)
