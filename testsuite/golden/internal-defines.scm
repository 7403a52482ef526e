;; internal definitions: functions stay a letrec, a computed value becomes a boxed variable
(define (f x)
  (define (double y) (* 2 y))
  (define base (double x))
  (define (add z) (+ base z))
  (add 1))
(f 5)
