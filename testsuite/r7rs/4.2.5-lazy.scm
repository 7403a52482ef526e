;;; R7RS 4.2.5: delayed evaluation.
(import (scheme base) (scheme lazy) (srfi 64))

(test-begin "4.2.5 delayed evaluation")
(test-eqv 3 (force (delay (+ 1 2))))
(test-equal '(3 3) (let ((p (delay (+ 1 2)))) (list (force p) (force p))))
(define integers
  (letrec ((next (lambda (n) (delay (cons n (next (+ n 1)))))))
    (next 0)))
(define (head stream) (car (force stream)))
(define (tail stream) (cdr (force stream)))
(test-eqv 2 (head (tail (tail integers))))
(define (stream-filter p? s)
  (delay-force
   (if (null? (force s))
       (delay '())
       (let ((h (car (force s))) (t (cdr (force s))))
         (if (p? h) (delay (cons h (stream-filter p? t))) (stream-filter p? t))))))
(test-eqv 5 (head (tail (tail (stream-filter odd? integers)))))
(define count 0)
(define p
  (delay (begin (set! count (+ count 1))
                (if (> count x) count (force p)))))
(define x 5)
(test-eqv 6 (force p))
(test-eqv 6 (begin (set! x 10) (force p)))
(test-eqv #t (promise? (delay 1)))
(test-eqv #t (promise? (make-promise 1)))
(test-eqv 1 (force (make-promise 1)))
(test-eqv 7 (force 7))
;; a long delay-force chain runs in constant space
(define (loop n) (delay-force (if (= n 0) (delay 'done) (loop (- n 1)))))
(test-eq 'done (force (loop 100000)))
(test-end)
