;; Programs a wrong constant folder, copy propagator or inliner would break: each
;; result here is what the unoptimised program computes (pogo -Dpogo.optimise=false).
(import (scheme base) (scheme inexact) (scheme complex) (srfi 64))

(test-begin "optimiser")

;; folding keeps exactness, overflow into bignums and flonum rounding
(test-eqv "exact sum" 3 (+ 1 2))
(test-assert "exact stays exact" (exact? (* 6 7)))
(test-eqv "mixed sum is inexact" 3.0 (+ 1 2.0))
(test-eqv "fixnum overflow becomes a bignum" 9223372036854775808 (+ 9223372036854775807 1))
(test-eqv "negative overflow" -9223372036854775809 (- -9223372036854775808 1))
(test-eqv "product overflow" 9223372036854775808 (* 4611686018427387904 2))
(test-eqv "exact division gives a ratio" 1/3 (/ 1 3))
(test-eqv "exact division to an integer" 2 (/ 6 3))
(test-eqv "negative zero" -0.0 (- 0.0))
(test-assert "NaN is not = to itself" (let ((n (/ 0. 0.))) (not (= n n))))
(test-eqv "expt of a big power" 1267650600228229401496703205376 (expt 2 100))
(test-equal "a complex square root" +2i (sqrt -4))
(test-eqv "string->number folds to a flonum" 100.0 (string->number "1e2"))
(test-eqv "quotient" -3 (quotient -7 2))

;; errors stay run-time errors, with their own messages
(define (message thunk)
  (guard (e ((error-object? e) (error-object-message e)) (#t 'raised))
    (thunk)
    'no-error))
(test-equal "car of the empty list raises" (message (lambda () (car (cdr '(1))))) (message (lambda () (car '()))))
(test-assert "adding a string raises" (not (eq? 'no-error (message (lambda () (+ 1 "a"))))))
(test-assert "exact division by zero raises" (not (eq? 'no-error (message (lambda () (/ 1 0))))))
(test-assert "a dead binding that raises still raises" (not (eq? 'no-error (message (lambda () (let ((unused (vector-ref (vector) 0))) 'fine))))))
(test-assert "an unused expression that raises still raises" (not (eq? 'no-error (message (lambda () (car '()) 'fine)))))

;; fresh objects stay fresh
(define (fresh-pair) (cons 1 2))
(test-assert "each cons is a new pair" (not (eq? (fresh-pair) (fresh-pair))))
(define (fresh-list) (list 1 2))
(test-equal "mutating one list leaves the next alone"
            '(1 2)
            (let ((a (fresh-list))) (set-car! a 99) (fresh-list)))
(test-equal "number->string makes a new string each time"
            "42"
            (let ((a (number->string 42)) (b (number->string 42))) (string-set! a 0 #\x) b))
(test-equal "string-append on constants makes a mutable string"
            "xb"
            (let ((s (string-append "a" "b"))) (string-set! s 0 #\x) s))

;; quoted constants can be mutated in Pogo, so car of one is not folded
(define (mutated-literal) (let ((x '(1 2))) (set-car! x 9) (car x)))
(test-eqv "car of a mutated literal" 9 (mutated-literal))
(define (literal-string) (let ((s (string #\a))) (string-set! s 0 #\b) (string=? s "a")))
(test-eqv "string=? after string-set!" #f (literal-string))

;; eq? on constants
(test-assert "eq? on symbols" (eq? 'a 'a))
(test-assert "eq? on the empty list" (eq? '() '()))
(test-assert "eq? on one variable" (let ((x 100000000000)) (eq? x x)))
(test-assert "eqv? on equal bignums" (eqv? 100000000000000000000 100000000000000000000))

;; if on constants: only #f is false
(test-eqv "the empty list is true" 'yes (if '() 'yes 'no))
(test-eqv "zero is true" 'yes (if 0 'yes 'no))
(test-eqv "not of a constant" 'no (if (not 5) 'yes 'no))

;; shadowed primitives are not the primitive
(test-eqv "a local + that subtracts" 2 (let ((+ -)) (+ 5 3)))
(define (own-not)
  (define (not x) x)
  (not #f))
(test-eqv "an internal define of not" #f (own-not))
(test-eqv "a lambda parameter named car" 'mine ((lambda (car) (car '(1 2))) (lambda (x) 'mine)))

;; assigned variables are not propagated
(test-eqv "an assigned variable" 3 (let ((x 1)) (set! x 2) (+ x 1)))
(test-eqv "a copy taken before an assignment keeps the old value" 1 (let* ((a 1) (b a)) (set! a 10) b))
(define (make-counter)
  (let ((n 0))
    (lambda () (set! n (+ n 1)) n)))
(test-equal "a counter" '(1 2 3) (let ((c (make-counter))) (let* ((a (c)) (b (c)) (d (c))) (list a b d))))

;; immediately applied lambdas
(test-eqv "beta reduction" 3 ((lambda (x y) (+ x y)) 1 2))
(test-equal "a rest parameter" '(1 2) ((lambda args args) 1 2))
(test-assert "a wrong argument count still raises" (not (eq? 'no-error (message (lambda () ((lambda (x) x) 1 2))))))
(test-equal "arguments are evaluated before the body"
            '(body 2 1)
            (let ((log '()))
              ((lambda (a b) (set! log (cons 'body log)) log)
               (begin (set! log (cons 1 log)) 1)
               (begin (set! log (cons 2 log)) 2))))

;; inlining of small known procedures
(define (my-pair? x) (pair? x))
(test-equal "an inlined predicate" '(#t #f) (list (my-pair? '(1)) (my-pair? 1)))
(define (make-point x y) (cons x y))
(test-assert "an inlined constructor still allocates" (not (eq? (make-point 1 2) (make-point 1 2))))
(test-assert "calling it with too few arguments still raises" (not (eq? 'no-error (message (lambda () (make-point 1))))))
(define (small) 1)
(define (call-small) (small))
(set! small (lambda () 2))
(test-eqv "an assigned top-level procedure is not inlined" 2 (call-small))
(define (local-inline n)
  (define (twice x) (list x x))
  (define (first-or-zero p) (if (pair? p) p 0))
  (first-or-zero (twice n)))
(test-equal "internal definitions inlined" '(5 5) (local-inline 5))
(define (uses-global-later) (later-defined 3))
(define (later-defined x) (list 'later x))
(test-equal "a procedure defined after its caller" '(later 3) (uses-global-later))

;; continuations re-entered through optimised code re-run what follows the call
(define (reenter)
  (let ((k #f) (results '()))
    (let ((v ((lambda (x) (* x 10)) (call/cc (lambda (c) (set! k c) 1)))))
      (set! results (cons v results))
      (if (< (length results) 3) (k (+ (length results) 1)))
      (reverse results))))
(test-equal "an argument of an applied lambda re-entered" '(10 20 30) (reenter))
(define (reenter-inlined)
  (let ((k #f) (seen '()))
    (let ((p (make-point (call/cc (lambda (c) (set! k c) 'first)) 'y)))
      (set! seen (cons p seen))
      (if (= (length seen) 1) (k 'second))
      (list (reverse seen) (eq? (car seen) (cadr seen))))))
(test-equal "an argument of an inlined procedure re-entered"
            '(((first . y) (second . y)) #f)
            (reenter-inlined))
(define (reenter-constant)
  (let ((k #f) (count 0))
    (let* ((x 5) (y (call/cc (lambda (c) (set! k c) 0))))
      (set! count (+ count 1))
      (if (< y 2) (k (+ y 1)))
      (list x y count))))
(test-equal "a propagated constant across a re-entered call" '(5 2 3) (reenter-constant))

(test-end)
