(import (scheme base) (scheme write) (pogo base))

(write (call-with-output-string (lambda (port) (display "x = " port) (write 42 port))))
(newline)
