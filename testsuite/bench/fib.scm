;; fib: doubly recursive Fibonacci, known (top-level) calls and fixnum arithmetic.
;; (fib 32), about 7 million calls.
;; expected: 2178309
(define (fib n)
  (if (< n 2)
      n
      (+ (fib (- n 1)) (fib (- n 2)))))

(define (run) (fib 32))
