(set! never-defined 1)
