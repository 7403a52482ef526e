;; deep-sum: build a 1,000,000-element list and sum it, both by plain non-tail
;; recursion 1,000,000 calls deep (no accumulator, no loop).
;; expected: 500000500000
(define (build n)
  (if (= n 0)
      '()
      (cons n (build (- n 1)))))

(define (sum lst)
  (if (null? lst)
      0
      (+ (car lst) (sum (cdr lst)))))

(define (run) (sum (build 1000000)))
