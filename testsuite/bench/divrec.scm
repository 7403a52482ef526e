;; divrec: "divide by two" a list of 200 empty lists by keeping every other
;; element, with a non-tail recursion that conses on the way back. 50,000 times;
;; the result lengths (100 each) are summed.
;; expected: 5000000
(define (make-empties n)
  (let loop ((n n) (acc '()))
    (if (= n 0) acc (loop (- n 1) (cons '() acc)))))

(define two-hundred (make-empties 200))

(define (recursive-div2 l)
  (if (null? l)
      '()
      (cons (car l) (recursive-div2 (cddr l)))))

(define (run)
  (let loop ((i 0) (sum 0))
    (if (= i 50000)
        sum
        (loop (+ i 1) (+ sum (length (recursive-div2 two-hundred)))))))
