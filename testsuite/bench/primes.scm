;; primes: the primes up to 10,000 by a list "sieve": take the first element,
;; remove its multiples from the rest with a non-tail filter, repeat. Non-tail
;; recursion, consing and remainder. The count is 1229; 5 times, summed.
;; expected: 6145
(define (interval-list m n)
  (if (> m n)
      '()
      (cons m (interval-list (+ m 1) n))))

(define (remove-multiples p l)
  (cond ((null? l) '())
        ((= (remainder (car l) p) 0) (remove-multiples p (cdr l)))
        (else (cons (car l) (remove-multiples p (cdr l))))))

(define (sieve l)
  (if (null? l)
      '()
      (cons (car l) (sieve (remove-multiples (car l) (cdr l))))))

(define (run)
  (let loop ((i 0) (sum 0))
    (if (= i 5)
        sum
        (loop (+ i 1) (+ sum (length (sieve (interval-list 2 10000))))))))
