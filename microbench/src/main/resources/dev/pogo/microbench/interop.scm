;; Java interop, n calls per run: a static method of this module's JavaTarget,
;; through the call site's invokedynamic inline cache (fixnum in, long out).
(define (interop-static-loop n)
  (let loop ((i 0) (sum 0))
    (if (= i n) sum (loop (+ i 1) (+ sum (dev.pogo.microbench.JavaTarget:add1 i))))))
