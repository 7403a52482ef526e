(display (car (list 1) (list 2)))
