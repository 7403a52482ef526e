(display (map (lambda (x) x) '(1 2 . 3)))
