;; sieve: the sieve of Eratosthenes on a vector of 2,000,001 booleans, counting
;; the primes up to 2,000,000 (148933). Vector allocation, vector-ref and
;; vector-set! in tight fixnum loops.
;; expected: 148933
(define (count-primes n)
  (let ((composite (make-vector (+ n 1) #f)))
    (let loop ((i 2) (count 0))
      (cond ((> i n) count)
            ((vector-ref composite i) (loop (+ i 1) count))
            (else
             ;; i is prime: strike out its multiples from i*i on.
             (let strike ((j (* i i)))
               (when (<= j n)
                 (vector-set! composite j #t)
                 (strike (+ j i))))
             (loop (+ i 1) (+ count 1)))))))

(define (run) (count-primes 2000000))
