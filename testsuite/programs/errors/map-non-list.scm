(display (map car 5))
