;;; R7RS 5.4: syntax definitions. define-syntax at the top level of a program
;;; and in bodies, where it is scoped like an internal definition.
(import (scheme base) (srfi 64))

;; a top-level macro
(define-syntax my-unless
  (syntax-rules ()
    ((_ test body ...) (if test #f (begin body ...)))))

;; a macro whose expansion is a definition
(define-syntax define-constant
  (syntax-rules ()
    ((_ name value) (define (name) value))))
(define-constant the-answer 42)

;; a macro whose expansion calls a procedure defined later in the program
(define-syntax twice-helper
  (syntax-rules ()
    ((_ x) (helper (helper x)))))
(define (helper n) (* n 2))

;; a macro that defines a macro
(define-syntax define-alias
  (syntax-rules ()
    ((_ alias original)
     (define-syntax alias
       (syntax-rules ()
         ((_ . args) (original . args)))))))
(define-alias plus +)

;; a macro used before it is defined, inside a procedure body
(define (use-later-macro) (later-macro 5))
(define-syntax later-macro
  (syntax-rules () ((_ x) (list x x))))

(test-begin "5.4 syntax definitions")

(test-group "top level"
  (test-eq 'ran (my-unless #f 'ran))
  (test-eqv #f (my-unless #t 'ran))
  (test-eqv 42 (the-answer))
  (test-eqv 12 (twice-helper 3))
  (test-eqv 6 (plus 1 2 3))
  (test-equal '(5 5) (use-later-macro)))

(test-group "internal define-syntax"
  ;; the report's example
  (test-equal '(2 1)
    (let ((x 1) (y 2))
      (define-syntax swap!
        (syntax-rules ()
          ((swap! a b)
           (let ((tmp a))
             (set! a b)
             (set! b tmp)))))
      (swap! x y)
      (list x y)))
  ;; hygiene: the macro's tmp does not capture the user's tmp
  (test-equal '(2 1)
    (let ((tmp 1) (other 2))
      (define-syntax swap!
        (syntax-rules ()
          ((_ a b) (let ((tmp a)) (set! a b) (set! b tmp)))))
      (swap! tmp other)
      (list tmp other)))
  ;; internal macros and definitions can refer to each other
  (test-eqv 20
    (let ()
      (define-syntax scale (syntax-rules () ((_ x) (* factor x))))
      (define factor 4)
      (scale 5)))
  ;; an internal macro shadows a top-level one in its body only
  (test-equal '(inner #f)
    (list (let ()
            (define-syntax my-unless (syntax-rules () ((_ . rest) 'inner)))
            (my-unless #f 'x))
          (my-unless #t 'x)))
  ;; an internal macro expanding into internal definitions
  (test-eqv 3
    (let ()
      (define-syntax define-two
        (syntax-rules () ((_ a b) (begin (define a 1) (define b 2)))))
      (define-two p q)
      (+ p q))))

(test-end)
