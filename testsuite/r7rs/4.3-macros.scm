;;; R7RS 4.3: macros.
(import (scheme base) (srfi 64))

(test-begin "4.3 macros")

(test-group "4.3.1 let-syntax, letrec-syntax"
  (test-eq 'now
    (let-syntax ((given-that (syntax-rules ()
                               ((_ test stmt1 stmt2 ...) (if test (begin stmt1 stmt2 ...))))))
      (let ((if #t))
        (given-that if (set! if 'now))
        if)))
  (test-eq 'outer
    (let ((x 'outer))
      (let-syntax ((m (syntax-rules () ((m) x))))
        (let ((x 'inner))
          (m)))))
  (test-eqv 7
    (letrec-syntax ((my-or (syntax-rules ()
                             ((my-or) #f)
                             ((my-or e) e)
                             ((my-or e1 e2 ...) (let ((temp e1)) (if temp temp (my-or e2 ...)))))))
      (let ((x #f) (y 7) (temp 8) (let odd?) (if even?))
        (my-or x (let temp) (if y) y)))))

(define-syntax swap!
  (syntax-rules ()
    ((_ a b) (let ((tmp a)) (set! a b) (set! b tmp)))))

(define-syntax my-if
  (syntax-rules (then else)
    ((_ c then t else e) (if c t e))))

(define-syntax be-like-begin
  (syntax-rules ()
    ((be-like-begin name)
     (define-syntax name
       (syntax-rules ()
         ((name expr (... ...)) (begin expr (... ...))))))))
(be-like-begin sequence)

(define-syntax simple-let
  (syntax-rules ()
    ((_ (head ... ((x . y) val) . tail) body1 body2 ...)
     (syntax-error "expected an identifier but got" (x . y)))
    ((_ ((name val) ...) body1 body2 ...)
     ((lambda (name ...) body1 body2 ...) val ...))))

(define-syntax count-args
  (syntax-rules ()
    ((_) 0)
    ((_ x rest ...) (+ 1 (count-args rest ...)))))

(define-syntax vec-pattern
  (syntax-rules ()
    ((_ #(a b ...)) (list a '(b ...)))))

(test-group "4.3.2 syntax-rules"
  (test-equal '(2 1) (let ((tmp 1) (y 2)) (swap! tmp y) (list tmp y)))
  (test-eq 'yes (my-if #t then 'yes else 'no))
  (test-eqv 4 (sequence 1 2 3 4))
  (test-eqv 3 (simple-let ((a 1) (b 2)) (+ a b)))
  (test-eqv 3 (count-args a b c))
  (test-equal '(1 (2 3)) (vec-pattern #(1 2 3)))
  ;; a local binding of => hides the keyword: (#t => 'ok) is an ordinary clause (R7RS 4.3.2)
  (test-eq 'ok
    (let ((=> #f)) (cond (#t => 'ok) (else '(1 2 3))))))

(test-end)
