;; Running Pogo procedures on a Java ExecutorService: real threads.
(import (scheme base) (scheme write) (pogo java))
(import-java (java.util.concurrent Executors TimeUnit Callable))

(define (prime? n)
  (and (> n 1)
       (let loop ((d 2))
         (cond ((> (* d d) n) #t)
               ((zero? (remainder n d)) #f)
               (else (loop (+ d 1)))))))

(define (count-primes from to)
  (let loop ((n from) (count 0))
    (if (>= n to) count (loop (+ n 1) (if (prime? n) (+ count 1) count)))))

(define pool (Executors:newFixedThreadPool 4))

;; four ranges counted in parallel; each task is a Pogo procedure turned into a Callable
(define ranges '((0 25000) (25000 50000) (50000 75000) (75000 100000)))
(define futures
  (map (lambda (r)
         (.submit pool (implement Callable (call () (count-primes (car r) (cadr r))))))
       ranges))

(define counts (map .get futures))   ; Future.get waits for each
(for-each (lambda (r c) (display r) (display ": ") (display c) (newline)) ranges counts)
(display "primes below 100000: ") (display (apply + counts)) (newline)

(.shutdown pool)
(.awaitTermination pool 10 TimeUnit:SECONDS)
