;; generator: a producer loop suspended and resumed with call/cc re-entry on
;; every value; the consumer sums 2,000,000 values (0 .. 1999999).
;; expected: 1999999000000
(define (make-generator n)
  (define return #f)
  (define resume #f)
  (define (produce)
    (let loop ((i 0))
      (if (< i n)
          (begin
            (call/cc (lambda (k)
                       (set! resume k)
                       (return i)))
            (loop (+ i 1)))))
    (return 'done))
  (lambda ()
    (call/cc (lambda (r)
               (set! return r)
               (if resume
                   (resume #f)
                   (produce))))))

(define (run)
  (let ((next (make-generator 2000000)))
    (let loop ((sum 0))
      (let ((x (next)))
        (if (eq? x 'done)
            sum
            (loop (+ sum x)))))))
