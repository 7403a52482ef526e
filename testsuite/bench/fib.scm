;; fib: doubly recursive Fibonacci, known (top-level) calls and fixnum arithmetic.
;; expected: 832040
(define (fib n)
  (if (< n 2)
      n
      (+ (fib (- n 1)) (fib (- n 2)))))

(define (run) (fib 30))
