;; fibc: doubly recursive Fibonacci where every call captures its continuation
;; with call/cc and returns through it, so each of the ~240,000 calls pays for a
;; capture and an invoke from inside a deep non-tail recursion. (fibc 25), 4 times.
;; expected: 300100
(define (fibc n)
  (call/cc
   (lambda (k)
     (if (< n 2)
         (k n)
         (k (+ (fibc (- n 1)) (fibc (- n 2))))))))

(define (run)
  (let loop ((i 0) (sum 0))
    (if (= i 4)
        sum
        (loop (+ i 1) (+ sum (fibc 25))))))
