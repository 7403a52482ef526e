(display (+ 'a 1))
