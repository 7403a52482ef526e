;; 100,000,000 iterations of mutual tail recursion through procedures the compiler
;; cannot see (they are passed as arguments): constant stack and heap.
(define (ping self other n)
  (if (= n 0) 'done (other other self (- n 1))))
(define (pong self other n)
  (if (= n 0) 'finished (other other self (- n 1))))
(display (ping ping pong 100000000))
(newline)
;; a named-let loop and a do loop are jumps
(display (let loop ((i 0) (acc 0)) (if (= i 1000000) acc (loop (+ i 1) (+ acc i)))))
(newline)
(display (do ((i 0 (+ i 1)) (acc '() (cons i acc))) ((= i 5) acc)))
(newline)
;; tail calls through apply and through a closure returned by a procedure
(define (countdown n) (if (= n 0) 'zero (apply countdown (list (- n 1)))))
(display (countdown 1000000))
(newline)
