(for-each (lambda (x) x) '(1 . 2))
