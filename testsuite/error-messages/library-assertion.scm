(import (scheme base) (scheme write) (geometry square))
(display (square-area 3)) (newline)
(display (square-area -1)) (newline)
