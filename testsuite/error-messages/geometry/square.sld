(define-library (geometry square)
  (export square-area)
  (import (scheme base))
  (begin
    (define (square-area side)
      (unless (and (number? side) (>= side 0))
        (error "square-area: side must be a non-negative number" side))
      (* side side))))
