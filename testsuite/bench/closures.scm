;; closures: allocate and call closures in a loop. Each iteration builds
;; adders capturing the loop variable, composes them, and calls the result
;; through unknown calls; a counter closure with a mutable (boxed) variable
;; counts the calls. 1,000,000 iterations; f(i) = i + i + 3, plus the final count.
;; expected: 1000003000001
(define (compose f g) (lambda (x) (f (g x))))

(define (make-adder k) (lambda (x) (+ x k)))

(define (make-counter)
  (let ((n 0))
    (lambda () (set! n (+ n 1)) n)))

(define (run)
  (let ((count (make-counter)))
    (let loop ((i 0) (acc 0))
      (if (= i 1000000)
          (+ acc (count))
          (let ((f (compose (make-adder i) (compose (make-adder 1) (make-adder 2)))))
            (count)
            (loop (+ i 1) (+ acc (f i))))))))
