(import (scheme base) (scheme write))
(define (area w h) (* w h))
(display (area 3))
