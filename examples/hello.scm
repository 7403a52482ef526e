;; The smallest Pogo program.
(display "Hello, world!")
(newline)
