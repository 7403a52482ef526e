;; mbrot: escape-time Mandelbrot set on a 400 x 400 grid over [-2, 1) x [-1.5, 1.5),
;; at most 64 iterations a point; flonum arithmetic in a tight loop. The result is
;; the total iteration count (an exact integer, so no flonum printing is compared).
;; expected: 2371843
(define max-count 64)

;; Iterations before z -> z^2 + c escapes the radius-4 circle, capped at max-count.
(define (count cr ci)
  (let loop ((zr cr) (zi ci) (c 0))
    (if (= c max-count)
        c
        (let ((zr2 (* zr zr))
              (zi2 (* zi zi)))
          (if (> (+ zr2 zi2) 16.0)
              c
              (loop (+ (- zr2 zi2) cr)
                    (+ (* 2.0 (* zr zi)) ci)
                    (+ c 1)))))))

(define (mbrot n)
  (let ((step (/ 3.0 n)))
    (let rows ((y 0) (total 0))
      (if (= y n)
          total
          (let cols ((x 0) (total total))
            (if (= x n)
                (rows (+ y 1) total)
                (cols (+ x 1)
                      (+ total (count (+ -2.0 (* (inexact x) step))
                                      (+ -1.5 (* (inexact y) step)))))))))))

(define (run) (mbrot 400))
