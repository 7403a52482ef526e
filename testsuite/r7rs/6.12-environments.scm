;;; R7RS 6.12: environments and evaluation.
(import (scheme base) (scheme eval) (scheme r5rs) (srfi 64))

(test-begin "6.12 environments and evaluation")

(test-group "environment"
  (test-eqv 21 (eval '(* 7 3) (environment '(scheme base))))
  (test-eqv 3 (eval '(car (cdr (cdr '(1 2 3)))) (environment '(scheme base))))
  ;; several libraries, and import sets
  (test-eqv #\A (eval '(char-upcase #\a) (environment '(scheme base) '(scheme char))))
  (test-eqv 5 (eval '(plus 2 3) (environment '(rename (only (scheme base) +) (+ plus)))))
  (test-eqv 3 (eval '(b:caddr (list 1 2 3)) (environment '(scheme base) '(prefix (scheme cxr) b:))))
  ;; quote is (scheme base)'s: without it, a quoted datum is an unbound identifier
  (test-error (eval '(b:caddr '(1 2 3)) (environment '(prefix (scheme cxr) b:))))
  ;; special forms and macros of the imported libraries work in eval'd code
  (test-eqv 6 (eval '(let loop ((i 0) (acc 0)) (if (> i 3) acc (loop (+ i 1) (+ acc i))))
                    (environment '(scheme base))))
  (test-equal '(2 1)
    (eval '(let-values (((a b) (values 1 2))) (list b a)) (environment '(scheme base))))
  (test-eqv 4
    (eval '(let () (define-syntax sq (syntax-rules () ((_ x) (* x x)))) (sq 2))
          (environment '(scheme base))))
  ;; eval returns what the expression returns, procedures included
  (test-eqv 20 ((eval '(lambda (f x) (f x x)) (environment '(scheme base))) + 10))
  (test-equal '(1 2) (call-with-values (lambda () (eval '(values 1 2) (environment '(scheme base)))) list))
  ;; an expression made at run time
  (test-eqv 10 (eval (list '+ 1 2 3 4) (environment '(scheme base))))
  ;; an identifier the environment does not import is an error
  (test-error (eval '(char-upcase #\a) (environment '(scheme base))))
  (test-error (eval '(car '(1)) (environment '(only (scheme base) cdr))))
  ;; errors raised by the evaluated code reach the caller
  (test-error (eval '(car '()) (environment '(scheme base))))
  (test-eq 'caught
    (guard (e (#t 'caught))
      (eval '(raise 'oops) (environment '(scheme base))))))

(test-group "scheme-report-environment and null-environment"
  (test-eqv 20 (let ((f (eval '(lambda (f x) (f x x)) (null-environment 5)))) (f + 10)))
  (test-eqv 6 (eval '(* 2 3) (scheme-report-environment 5)))
  (test-equal '(1 2) (eval '(let ((x 1)) (list x 2)) (null-environment 5))))

(test-end)
