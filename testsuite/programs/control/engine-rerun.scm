;; An expired engine is a composable continuation, so it can be run more than once,
;; and every run must do the same thing. The fuel runs out at one call or unwind or
;; another depending on the amount: with every amount from 1 to 60 the stop lands
;; somewhere in a loop of aborts to a prompt, including on the unwind of an abort
;; itself (the driver then keeps the abort for after the engine's handler, and a
;; rerun used to find the array the first run had filled, with no tag in it).
(import (scheme base) (scheme write) (pogo engines) (pogo control))

(define tag (make-prompt-tag 'p))
(define (work)
  (let loop ((i 0) (acc 0))
    (if (= i 5)
        acc
        (loop (+ i 1)
              (+ acc (call-with-prompt tag
                       (lambda () (abort-to-prompt tag i 'a 'b))
                       (lambda (k v a b) (* v 10))))))))

(define (outcome thunk)
  (guard (e ((error-object? e) (list 'error (error-object-message e))))
    (thunk)))

;; the fuel amounts whose expired engine gave different results when run twice
(define differing '())
(do ((fuel 1 (+ fuel 1))) ((> fuel 60))
  ((make-engine work) fuel
   (lambda (left v) 'completed)
   (lambda (rest)
     (let* ((run (lambda () (outcome (lambda () (rest 1000000 (lambda (left v) v) (lambda (e) 'expired))))))
            (first (run))
            (second (run)))
       (unless (equal? first second)
         (set! differing (cons (list fuel first second) differing)))))))
(write (reverse differing))
(newline)

;; An engine stopped inside a guard (a prompt of its own) and resumed by the next
;; engine, inside that engine's own extents: the guard's abort leaves the extents
;; entered since the guard, not the next engine's. Every slice size gives the sum;
;; this used to fail with "the dynamic-wind list does not extend the prompt's".
(define (guarded)
  (let loop ((i 0) (acc 0))
    (if (= i 20)
        acc
        (loop (+ i 1) (+ acc (guard (e (#t e)) (raise i)))))))
(define (in-slices engine fuel)
  (engine fuel (lambda (left v) v) (lambda (next) (in-slices next fuel))))
(define sums
  (let loop ((fuel 2) (acc '()))
    (if (> fuel 40)
        (reverse acc)
        (loop (+ fuel 1) (cons (outcome (lambda () (in-slices (make-engine guarded) fuel))) acc)))))
(write (if (equal? sums (make-list 39 190)) 'all-190 sums))
(newline)
