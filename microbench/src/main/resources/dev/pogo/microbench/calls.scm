;; Calls, n per run. Every loop sums what it computes, so the result can be
;; checked and nothing is dead code. The loop itself (a fixnum compare, two
;; fixnum adds, a jump with its entry check) is in every figure: empty-loop
;; measures it alone.

(define (empty-loop n)
  (let loop ((i 0) (sum 0))
    (if (= i n) sum (loop (+ i 1) (+ sum i)))))

;; Defined once in this unit and never assigned: the call is an invokestatic.
(define (known-add1 x) (+ x 1))

(define (known-call-loop n)
  (let loop ((i 0) (sum 0))
    (if (= i n) sum (loop (+ i 1) (+ sum (known-add1 i))))))

;; global-add1 comes from callees.scm: the value of its global variable is
;; loaded and called through Procedure.apply1.
(define (global-call-loop n)
  (let loop ((i 0) (sum 0))
    (if (= i n) sum (loop (+ i 1) (+ sum (global-add1 i))))))

;; f is a parameter, so nothing is known about it here: an unknown call.
(define (closure-call-loop f n)
  (let loop ((i 0) (sum 0))
    (if (= i n) sum (loop (+ i 1) (+ sum (f i))))))
