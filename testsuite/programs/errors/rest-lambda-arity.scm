((lambda (a b . c) a) 1)
