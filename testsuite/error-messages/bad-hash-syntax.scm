(display (list 1 #q 2))
