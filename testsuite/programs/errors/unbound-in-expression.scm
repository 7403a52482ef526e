(display (+ 1 undefined-var))
