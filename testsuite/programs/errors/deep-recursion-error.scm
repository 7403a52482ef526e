(define (f n) (if (= n 0) (car (quote ())) (+ 1 (f (- n 1)))))
(f 100000)
