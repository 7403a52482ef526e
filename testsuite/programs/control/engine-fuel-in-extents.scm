;; An engine whose fuel runs out while its resumed computation re-enters dynamic-wind
;; extents (the before thunks are calls too, so they spend fuel): the engine must go
;; on expiring. It used to take the token of an older slice back from the abort and
;; then run to the end in one slice, spending far more than its fuel.
(import (scheme base) (pogo engines) (srfi 64))

(test-begin "engine fuel in extents")

(define (wound-sum n)
  (let loop ((i 0) (sum 0))
    (if (= i n)
        sum
        (loop (+ i 1)
              (+ sum (dynamic-wind (lambda () #f) (lambda () (* i 2)) (lambda () #f)))))))

(define ample 1000000000)
(define needed
  ((make-engine (lambda () (wound-sum 50))) ample (lambda (left v) (- ample left)) (lambda (e) 'expired)))

;; (value expiries)
(define (in-slices fuel)
  (let loop ((e (make-engine (lambda () (wound-sum 50)))) (expiries 0))
    (e fuel (lambda (left v) (list v expiries)) (lambda (next) (loop next (+ expiries 1))))))

(define (check fuel)
  (let ((r (in-slices fuel)))
    (test-equal (string-append "value with fuel " (number->string fuel)) 2450 (car r))
    (test-assert (string-append "slices of " (number->string fuel) " cover the work")
                 (>= (* fuel (+ (cadr r) 1)) needed))))

(for-each check '(2 3 4 5 6 7 8 9 10 11 12))

(test-end "engine fuel in extents")
