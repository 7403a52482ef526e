(display (apply + 1 2))
