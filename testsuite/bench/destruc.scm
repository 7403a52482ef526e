;; destruc: destructive list surgery in the spirit of Gabriel's destruc. Ten
;; sublists of cells; each of n rounds either refills them (when the first is
;; empty: m fresh cells appended to each with set-cdr!) or, for every adjacent
;; pair of sublists a b, stamps the round number into the front half of each
;; with set-car!, cuts a's back half off and splices it over b's back half.
;; length, set-car!, set-cdr! and garbage-making splices; 30 times. The result
;; sums, over the final cells, 1 plus the round number stamped in each.
;; expected: 3720
(define (fresh n)
  (let loop ((n n) (acc '()))
    (if (= n 0) acc (loop (- n 1) (cons '() acc)))))

(define (last-pair* l)
  (if (null? (cdr l)) l (last-pair* (cdr l))))

;; Stamps i into the cars of b's first (length b)/2 cells; returns the cell after them.
(define (mark-front-half! b i)
  (let loop ((j (quotient (length b) 2)) (p b))
    (if (= j 0)
        p
        (begin (set-car! p i) (loop (- j 1) (cdr p))))))

;; Keeps the front half of (car l1), stamped with i, and returns the cut-off back half.
(define (cut-back-half! l1 i)
  (let* ((a (car l1))
         (n (quotient (length a) 2)))
    (if (= n 0)
        (begin (set-car! l1 '()) a)
        (let loop ((j n) (p a))
          (set-car! p i)
          (if (= j 1)
              (let ((back (cdr p)))
                (set-cdr! p '())
                back)
              (loop (- j 1) (cdr p)))))))

(define (destructive n m)
  (let ((l (fresh 10)))
    (do ((i n (- i 1)))
        ((= i 0) l)
      (if (null? (car l))
          (do ((p l (cdr p)))
              ((null? p))
            (if (null? (car p))
                (set-car! p (fresh m))
                (set-cdr! (last-pair* (car p)) (fresh m))))
          (do ((l1 l (cdr l1))
               (l2 (cdr l) (cdr l2)))
              ((null? l2))
            (let ((back (cut-back-half! l1 i)))
              (if (null? (car l2))
                  (set-car! l2 back)
                  (set-cdr! (mark-front-half! (car l2) i) back))))))))

(define (checksum l)
  (let outer ((l l) (sum 0))
    (if (null? l)
        sum
        (outer (cdr l)
               (let inner ((p (car l)) (sum sum))
                 (if (null? p)
                     sum
                     (inner (cdr p) (+ sum 1 (if (null? (car p)) 0 (car p))))))))))

(define (run)
  (let loop ((k 0) (sum 0))
    (if (= k 30)
        sum
        (loop (+ k 1) (+ sum (checksum (destructive 600 50)))))))
