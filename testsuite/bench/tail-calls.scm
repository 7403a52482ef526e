;; tail-calls: 100,000,000 mutual tail calls through unknown procedures: each
;; procedure receives itself and its partner as arguments and tail-calls the
;; partner, so no call site knows its callee.
;; expected: #t
(define (my-even? n self other)
  (if (= n 0) #t (other (- n 1) other self)))

(define (my-odd? n self other)
  (if (= n 0) #f (other (- n 1) other self)))

(define (run) (my-even? 100000000 my-even? my-odd?))
