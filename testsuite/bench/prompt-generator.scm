;; A generator on prompts (SRFI 158's make-coroutine-generator): 2,000,000 yields,
;; summed. Divide the time by 2 x 10^6 for the cost of one yield + resume.
;; expected: 1999999000000
;; pogo only: Chez 9.5 has no (srfi 158)
(import (scheme base) (srfi 158))
(define (run)
  (let ((g (make-coroutine-generator
            (lambda (yield) (do ((i 0 (+ i 1))) ((= i 2000000)) (yield i))))))
    (let loop ((sum 0))
      (let ((x (g)))
        (if (eof-object? x) sum (loop (+ sum x)))))))
