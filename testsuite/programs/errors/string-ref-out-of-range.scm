(display (string-ref "abc" 3))
