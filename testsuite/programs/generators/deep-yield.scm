;; A generator yielding 1,000,000 values from the bottom of a recursion 10,000
;; calls deep (100 values at each level on the way back up, so every yield has
;; thousands of the body's frames above the generator's prompt), consumed with
;; generator-fold. Each yield must cost O(1), not O(depth).
(import (scheme base) (scheme write) (scheme time) (scheme process-context) (srfi 158))

(define depth 10000)
(define per-level 100)

(define (walk yield level)
  (if (< level depth)
      (let ((below (walk yield (+ level 1))))   ; not a tail call: the frames stay
        (do ((i 0 (+ i 1))) ((= i per-level))
          (yield (+ (* level per-level) i)))
        (+ below 1))
      0))

(define start (current-jiffy))
(define g (make-coroutine-generator (lambda (yield) (walk yield 0))))
(define sum (generator-fold + 0 g))
(define elapsed (- (current-jiffy) start))
(define n (* depth per-level))
(display (list 'values n 'sum sum 'expected (quotient (* n (- n 1)) 2)))
(newline)
(display (= sum (quotient (* n (- n 1)) 2)))
(newline)
(display (eof-object? (g)))
(newline)
(when (member "--time" (command-line))
  (display (list 'ns-per-yield (quotient (quotient (* elapsed 1000000000) (jiffies-per-second)) n)) (current-error-port))
  (newline (current-error-port)))
