;; diviter: divrec's "divide by two" of a list of 200 empty lists, as a do loop
;; with an accumulator (tail recursive, builds the result reversed). 50,000
;; times; the result lengths (100 each) are summed.
;; expected: 5000000
(define (make-empties n)
  (let loop ((n n) (acc '()))
    (if (= n 0) acc (loop (- n 1) (cons '() acc)))))

(define two-hundred (make-empties 200))

(define (iterative-div2 l)
  (do ((l l (cddr l))
       (acc '() (cons (car l) acc)))
      ((null? l) acc)))

(define (run)
  (let loop ((i 0) (sum 0))
    (if (= i 50000)
        sum
        (loop (+ i 1) (+ sum (length (iterative-div2 two-hundred)))))))
