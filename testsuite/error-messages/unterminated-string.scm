(define greeting "hello)
(display greeting)
