;;; R7RS 5.3: variable definitions, at the top level of a program and in bodies
;;; (internal definitions, 5.3.2), and define-values (5.3.3).
(import (scheme base) (srfi 64))

;; 5.3.1 top-level definitions
(define add3 (lambda (x) (+ x 3)))
(define first car)
(define (curried-sum a) (lambda (b) (+ a b)))
(define (list-of . items) items)
(define (head-and-rest a . rest) (list a rest))
(define counter 0)
(define (bump!) (set! counter (+ counter 1)) counter)
;; a procedure may refer to a variable defined after it
(define (uses-later) later-value)
(define later-value 'later)

;; 5.3.3 define-values at the top level
(define-values (root rem) (exact-integer-sqrt 17))
(define-values (one . others) (values 1 2 3))
(define-values all-of-them (values 'a 'b))
(define-values () (values))
(define-values (only-one) (values 'single))

(test-begin "5.3 variable definitions")

(test-group "5.3.1 top-level definitions"
  (test-eqv 6 (add3 3))
  (test-eqv 1 (first '(1 2)))
  (test-eqv 7 ((curried-sum 3) 4))
  (test-equal '(1 2 3) (list-of 1 2 3))
  (test-equal '() (list-of))
  (test-equal '(1 (2 3)) (head-and-rest 1 2 3))
  (test-equal '(1 ()) (head-and-rest 1))
  (test-eqv 1 (bump!))
  (test-eqv 2 (bump!))
  (test-eqv 2 counter)
  (test-eq 'later (uses-later)))

(test-group "5.3.2 internal definitions"
  (test-eqv 45
    (let ((x 5))
      (define foo (lambda (y) (bar x y)))
      (define bar (lambda (a b) (+ (* a b) a)))
      (foo (+ x 3))))
  ;; the same as the equivalent letrec*
  (test-eqv 45
    (let ((x 5))
      (letrec* ((foo (lambda (y) (bar x y)))
                (bar (lambda (a b) (+ (* a b) a))))
        (foo (+ x 3)))))
  ;; letrec* semantics: a later definition can use an earlier one's value
  (test-equal '(1 2)
    (let ()
      (define a 1)
      (define b (+ a 1))
      (list a b)))
  ;; internal definitions shadow outer bindings in the whole body
  (test-eqv 10
    (let ((x 1))
      (define x 10)
      x))
  (test-equal '(inner outer)
    (let ((name 'outer))
      (define (f) (define name 'inner) name)
      (list (f) name)))
  ;; the bodies of lambda and let* allow definitions too
  (test-eqv 6 ((lambda (n) (define (double k) (* 2 k)) (double n)) 3))
  (test-eqv 9 (let* ((a 1) (b 2)) (define c 6) (+ a b c)))
  ;; (begin definitions) in a body splices
  (test-eqv 3
    (let ()
      (begin (define p 1) (define q 2))
      (+ p q)))
  ;; mutually recursive internal procedures
  (test-equal '(#t #f)
    (let ()
      (define (ev? n) (if (= n 0) #t (od? (- n 1))))
      (define (od? n) (if (= n 0) #f (ev? (- n 1))))
      (list (ev? 10) (ev? 7)))))

(test-group "5.3.3 define-values"
  (test-equal '(4 1) (list root rem))
  (test-eqv 1 one)
  (test-equal '(2 3) others)
  (test-equal '(a b) all-of-them)
  (test-eq 'single only-one)
  (test-eqv 3
    (let ()
      (define-values (x y) (values 1 2))
      (+ x y)))
  (test-equal '(1 (2 3))
    (let ()
      (define-values (x . y) (values 1 2 3))
      (list x y)))
  (test-equal '()
    (let ()
      (define-values x (values))
      x))
  ;; internal define-values mixes with define as in letrec*
  (test-eqv 10
    (let ()
      (define a 1)
      (define-values (b c) (values (+ a 1) (+ a 2)))
      (define d (+ a b c))
      (+ d 4)))
  (test-eqv 0
    (let ()
      (define-values (q r) (floor/ 10 5))
      r)))

(test-end)
