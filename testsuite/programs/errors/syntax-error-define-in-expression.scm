(display (if #t (define x 1) 2))
