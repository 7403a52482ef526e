(define (at-least-three a b c . more) (list a b c more))
(display (at-least-three 1 2 3)) (newline)
(display (apply at-least-three '(1 2)))
