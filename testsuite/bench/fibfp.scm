;; fibfp: doubly recursive Fibonacci on flonums (generic arithmetic on inexact
;; numbers: every + and - allocates or unboxes a double). (fibfp 32.0) = 2178309.0,
;; returned as an exact integer so no flonum printing is compared.
;; expected: 2178309
(define (fibfp n)
  (if (< n 2.0)
      n
      (+ (fibfp (- n 1.0)) (fibfp (- n 2.0)))))

(define (run) (exact (fibfp 32.0)))
