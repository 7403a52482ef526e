;; libraries from .sld files: (my stack) exports a record-based stack, a renamed
;; procedure and a macro; (my counter) keeps private state across calls.
(import (scheme base) (scheme write) (my stack) (my counter))
(define s (new-stack))
(push! s 1) (push! s 2)
(display (size s)) (newline)
(display (with-pushed s 99 (size s))) (newline)
(display (pop! s)) (newline)
(next!) (next!)
(display (next!)) (newline)
(reset!)
(display (next!)) (newline)
