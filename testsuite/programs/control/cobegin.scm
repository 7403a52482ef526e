;; cobegin from the stack-groups article: tasks switch at random points (calls
;; and loop iterations), reproducibly from a seed.
(import (scheme base) (scheme write) (pogo cobegin))
(define (run seed)
  (define log '())
  (define (note x) (set! log (cons x log)))
  (parameterize ((cobegin-seed seed))
    (cobegin
      (do ((i 0 (+ i 1))) ((= i 20)) (note 'a))
      (do ((i 0 (+ i 1))) ((= i 20)) (note 'b))))
  (reverse log))
(define (interleaved? log) (and (memq 'b (memq 'a log)) (memq 'a (memq 'b log)) #t))
(display (interleaved? (run 1))) (newline)
(display (equal? (run 1) (run 1))) (newline)          ; the same seed, the same interleaving
(display (equal? (run 1) (run 2))) (newline)          ; another seed, another one
;; a lost update: a switch between reading and writing the counter
(define (lost-updates seed)
  (define counter 0)
  (define pauses 0)
  ;; a switch point must be a call that is made: the optimiser inlines a procedure
  ;; whose body makes no call and has no effect, such as one that returns #t
  (define (pause) (set! pauses (+ pauses 1)))
  (parameterize ((cobegin-seed seed))
    (cobegin
      (do ((i 0 (+ i 1))) ((= i 100)) (let ((v counter)) (pause) (set! counter (+ v 1))))
      (do ((i 0 (+ i 1))) ((= i 100)) (let ((v counter)) (pause) (set! counter (+ v 1))))))
  counter)
(display (list (< (lost-updates 3) 200) (= (lost-updates 3) (lost-updates 3)))) (newline)
;; cobegin returns the values of its forms
(display (cobegin (+ 1 2) (* 2 3))) (newline)
;; and so do tasks that were suspended on the way (they used to give the step count
;; left when they finished, 0 mostly): 50 and 10 iterations switch several times
(define (sum-to n) (let loop ((i 0) (acc 0)) (if (= i n) acc (loop (+ i 1) (+ acc i)))))
(define (power-of-2 n) (let loop ((i 0) (acc 1)) (if (= i n) acc (loop (+ i 1) (* acc 2)))))
(display (parameterize ((cobegin-seed 5)) (cobegin (sum-to 50) (power-of-2 10) 'no-calls))) (newline)
