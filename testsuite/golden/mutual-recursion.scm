;; letrec of mutually recursive local functions: known calls to each other
(define (parity n)
  (letrec ((even? (lambda (n) (if (= n 0) #t (odd? (- n 1)))))
           (odd? (lambda (n) (if (= n 0) #f (even? (- n 1))))))
    (even? n)))
(parity 7)
