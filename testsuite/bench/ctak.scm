;; ctak: tak where every call returns through a continuation captured with
;; call/cc (the classic ctak kernel). (ctak 18 12 6) = 7, 100 times, summed.
;; expected: 700
(define (ctak x y z)
  (call/cc (lambda (k) (ctak-aux k x y z))))

(define (ctak-aux k x y z)
  (if (not (< y x))
      (k z)
      (call/cc
       (lambda (k)
         (ctak-aux k
                   (call/cc (lambda (k) (ctak-aux k (- x 1) y z)))
                   (call/cc (lambda (k) (ctak-aux k (- y 1) z x)))
                   (call/cc (lambda (k) (ctak-aux k (- z 1) x y))))))))

(define (run)
  (let loop ((i 0) (sum 0))
    (if (= i 100)
        sum
        (loop (+ i 1) (+ sum (ctak 18 12 6))))))
