;; takl: tak with numbers represented as lists (n is a list of length n), so
;; "y < x" walks two lists; exercises pair access and short non-tail helpers.
;; (mas l18 l12 l6) is a list of length 7, 20 times, lengths summed.
;; expected: 140
(define (listn n)
  (if (= n 0)
      '()
      (cons n (listn (- n 1)))))

(define l18 (listn 18))
(define l12 (listn 12))
(define l6 (listn 6))

;; Is list x shorter than list y?
(define (shorter? x y)
  (and (not (null? y))
       (or (null? x)
           (shorter? (cdr x) (cdr y)))))

(define (mas x y z)
  (if (not (shorter? y x))
      z
      (mas (mas (cdr x) y z)
           (mas (cdr y) z x)
           (mas (cdr z) x y))))

(define (run)
  (let loop ((i 0) (sum 0))
    (if (= i 20)
        sum
        (loop (+ i 1) (+ sum (length (mas l18 l12 l6)))))))
