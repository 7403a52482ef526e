;; A generator on prompts (SRFI 158's make-coroutine-generator): 1,000,000 yields,
;; summed. Divide the time by 10^6 for the cost of one yield + resume.
;; expected: 499999500000
(import (scheme base) (srfi 158))
(define (run)
  (let ((g (make-coroutine-generator
            (lambda (yield) (do ((i 0 (+ i 1))) ((= i 1000000)) (yield i))))))
    (let loop ((sum 0))
      (let ((x (g)))
        (if (eof-object? x) sum (loop (+ sum x)))))))
