(define (f x xs) `(a ,x ,@xs #(v ,x) `(nested ,(b ,x))))
(f 1 '(2 3))
