;; Procedures whose first parameter is counted with get a second copy of their body
;; that keeps it in a primitive long (docs/execution-model.md, "Fixnum-specialised
;; copies"). Each check here is what the generic code computes (Chez Scheme agrees):
;; overflow into bignums at every operation, operands that are not fixnums, long
;; arguments to every kind of callee, and continuations captured in the copy.
(import (scheme base) (scheme inexact) (scheme case-lambda) (srfi 64))

(test-begin "fixnum-specialisation")

;; a countdown: the parameter, and the difference passed on, stay longs
(define (count-down n acc) (if (= n 0) acc (count-down (- n 1) (+ acc 1))))
(test-eqv "countdown" 100000 (count-down 100000 0))
(test-eqv "countdown from a flonum" 3.0 (count-down 3.0 0.0))
(test-eqv "countdown from a bignum" 2 (count-down (- (expt 2 64) (- (expt 2 64) 2)) 0))

;; overflow at the last fixnum: the copy hands over to the generic code
(define (climb i n) (if (= n 0) i (climb (+ i 1) (- n 1))))
(test-eqv "sum overflows into a bignum" 9223372036854775817 (climb 9223372036854775800 17))
(test-eqv "sum from a bignum back" 9223372036854775810 (climb 9223372036854775810 0))
(define (sink i n) (if (= n 0) i (sink (- i 1) (- n 1))))
(test-eqv "difference overflows into a bignum" -9223372036854775818 (sink -9223372036854775800 18))
(define (grow x n) (if (= n 0) x (grow (* x 1000) (- n 1))))
(test-eqv "product overflows into a bignum" 7000000000000000000000000 (grow 7 8))
(test-eqv "negative product overflows" -7000000000000000000000000000 (grow -7 9))
(define (negate-smallest x) (* x -1))
(test-eqv "-1 times the smallest fixnum" 9223372036854775808 (negate-smallest -9223372036854775808))
(define (minus-smallest x) (- 0 x))
(test-eqv "0 minus the smallest fixnum" 9223372036854775808 (minus-smallest -9223372036854775808))

;; overflow after a call: the generic code resumes at that call's return, with
;; its value, and runs what came after it again (nothing with an effect)
(define calls 0)
(define (counted x) (set! calls (+ calls 1)) x)
(define (after-call n) (let ((a (counted 10))) (list a (+ n 1) (+ n 2))))
(test-equal "overflow after a call" '(10 9223372036854775807 9223372036854775808) (after-call 9223372036854775806))
(test-eqv "the call ran once" 1 calls)
;; overflow after an effect: done on boxes, the effect is not repeated
(define effects '())
(define (after-effect n) (set! effects (cons n effects)) (+ n 1))
(test-eqv "overflow after an effect" 9223372036854775808 (after-effect 9223372036854775807))
(test-equal "the effect happened once" '(9223372036854775807) effects)
(define v (make-vector 1 0))
(define (after-vector-set n) (vector-set! v 0 (+ (vector-ref v 0) 1)) (* n 2))
(test-eqv "overflow after vector-set!" 18446744073709551614 (after-vector-set 9223372036854775807))
(test-eqv "vector-set! ran once" 1 (vector-ref v 0))
;; overflow after a join point (an if whose value is used), reached by the return
;; of a call or by a jump: the generic code resumes there either way
(define (after-join n flag) (let ((a (if flag (counted 1) 2))) (list a (+ n 1))))
(test-equal "overflow after a join point" '(1 9223372036854775808) (after-join 9223372036854775807 #t))
(test-equal "overflow after a join point, other branch" '(2 9223372036854775808) (after-join 9223372036854775807 #f))
(test-eqv "the join's call ran once" 2 calls)
(define (after-pure-join n flag) (let ((a (if flag 1 2))) (list a (+ n a) (+ n 1))))
(test-equal "overflow after a join point no call reaches" '(2 9223372036854775809 9223372036854775808) (after-pure-join 9223372036854775807 #f))
;; overflow in a loop body after output: the output is not repeated
(define (count-out i n port) (if (= n 0) i (begin (write-char #\x port) (count-out (+ i 1) (- n 1) port))))
(test-equal "output before the overflow, once"
            '(9223372036854775810 "xxxxx")
            (let ((port (open-output-string)))
              (let ((r (count-out 9223372036854775805 5 port)))
                (list r (get-output-string port)))))

;; the other operand is whatever the caller passed: checked, not assumed
(define (f n k) (if (< n k) (* n k) (- n k)))
(test-eqv "fixnum operands" 12 (f 3 4))
(test-eqv "flonum operand" 13.5 (f 3 4.5))
(test-eqv "flonum result of the other branch" 2.5 (f 5 2.5))
(test-eqv "bignum operand" 3000000000000000000000000000000 (f 3 (expt 10 30)))
(test-eqv "ratio operand" 3/2 (f 2 1/2))
(test-eqv "product of two large fixnums" 20000000000000000000 (f 4000000000 5000000000))
(test-error "a non-number operand is the generic error" (f 3 'x))
(test-error "a non-number parameter is the generic error" (f 'x 3))
(define (make-adder k) (lambda (x) (+ x k)))
(test-equal "a free operand of every kind"
            (list 15 12.5 9223372036854775808 7/2)
            (list ((make-adder 5) 10) ((make-adder 2.5) 10) ((make-adder 9223372036854775807) 1) ((make-adder 1/2) 3)))

;; comparisons against every kind of number
(define (classify n) (if (>= n 10) 'big (if (<= n -10) 'small (if (= n 0) 'zero (if (> n 0) 'positive 'negative)))))
(test-equal "comparisons"
            '(big small zero positive negative big small big zero)
            (map classify (list 10 -10 0 3 -3 10.0 -10.5 1e300 0.0)))
(test-equal "comparisons with NaN are false" 'negative (classify (/ 0. 0.)))

;; a loop index used as an ordinary value once
(define (count-to n) (let loop ((i 0) (acc '())) (if (= i n) (reverse acc) (loop (+ i 1) (cons i acc)))))
(test-equal "loop index consed" '(0 1 2 3 4) (count-to 5))
(test-equal "loop bound a flonum" '(0 1 2) (count-to 3.0))

;; the long first argument goes to every kind of callee
(define (pass-on n other) (if (= n 0) 'done (other (- n 1) other)))
(define (rest-args . xs) xs)
(define (two-or-more a b . more) (list a b more))
(define (one a) a)
(test-eqv "to a specialised procedure" 'done (pass-on 100 pass-on))
(test-eqv "to a procedure with a rest parameter" 4 (car (pass-on 5 rest-args)))
(test-eqv "to a lambda" 9 (pass-on 10 (lambda (n other) (+ n 0))))
(test-eqv "to a primitive" 6 (car (pass-on 7 list)))
(test-equal "to a case-lambda" 'two (pass-on 3 (case-lambda ((a) 'one) ((a b) 'two))))
(test-error "to a procedure of the wrong arity" (pass-on 3 one))
(test-equal "to a continuation" 41 (call-with-current-continuation (lambda (k) (pass-on 42 (lambda (n o) (k n))))))
(test-equal "long first of several" '(8 #t ()) (let ((r (pass-on 9 two-or-more))) (list (car r) (procedure? (cadr r)) (cadr (cdr r)))))

;; known calls with a constant first argument enter the copy directly
(define (fib n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2)))))
(test-eqv "fib" 6765 (fib 20))
(test-eqv "fib of a flonum" 8.0 (fib 6.0))

;; continuations captured inside the copy: its longs are saved boxed, and the
;; generic resume code carries on with them
(define (capture-at i n save!)
  (if (= i n)
      (call-with-current-continuation (lambda (k) (save! k) i))
      (+ 1 (capture-at (+ i 1) n save!))))
(define (reenter)
  (let ((k-saved #f) (count 0))
    (let ((r (capture-at 0 10 (lambda (k) (set! k-saved k)))))
      (set! count (+ count 1))
      (if (< count 3) (k-saved (* 100 count)) (list r count)))))
(test-equal "capture in a non-tail recursion, re-entered twice" '(210 3) (reenter))
(define (sum-gen n)
  (define acc '())
  (let loop ((i (- 9223372036854775807 n)))
    (when (< i 9223372036854775807)
      (set! acc (cons (call-with-current-continuation (lambda (k) i)) acc))
      (loop (+ i 1))))
  (length acc))
(test-eqv "loop near the top, with captures" 5 (sum-gen 5))

;; deep non-tail recursion through the copy unwinds and resumes
(define (deep n) (if (= n 0) 0 (+ 1 (deep (- n 1)))))
(test-eqv "deep recursion" 200000 (deep 200000))
(define (deep-sum n) (if (= n 0) 0 (+ n (deep-sum (- n 1)))))
(test-eqv "deep sum" 20000100000 (deep-sum 200000))

;; a long mutual tail-call chain between specialised procedures
(define (my-even? n self other) (if (= n 0) #t (other (- n 1) other self)))
(define (my-odd? n self other) (if (= n 0) #f (other (- n 1) other self)))
(test-eqv "1M mutual tail calls" #t (my-even? 1000000 my-even? my-odd?))
(test-eqv "mutual tail calls from a flonum" #f (my-even? 7.0 my-even? my-odd?))

(test-end "fixnum-specialisation")
