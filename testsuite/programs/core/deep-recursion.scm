;; A non-tail recursion 1,000,000 deep: the list is built and summed by plain
;; recursion, far deeper than the JVM stack would allow for direct calls.
(define (build n) (if (= n 0) '() (cons n (build (- n 1)))))
(define (sum l) (if (null? l) 0 (+ (car l) (sum (cdr l)))))
(display (sum (build 1000000)))
(newline)
;; non-tail recursion through an unknown procedure and a closure
(define (deep-count f n) (if (= n 0) 0 (+ 1 (f f (- n 1)))))
(display (deep-count deep-count 1000000))
(newline)
;; map (written in Pogo) over a long list recurses as deep as the list
(display (length (map (lambda (x) (+ x 1)) (build 1000000))))
(newline)
