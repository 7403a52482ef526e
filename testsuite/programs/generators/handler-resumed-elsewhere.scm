;; A handler that yields while it runs: the raise is suspended inside a generator
;; body and resumed by a consumer under other handlers. The handlers outside the
;; running one are then the new consumer's (exception handlers are relative extents,
;; docs/control.md); they used to be restored as an absolute list, the first
;; consumer's, so a raise from the resumed handler reached a handler no longer in force.
(import (scheme base) (srfi 158) (srfi 64))

(test-begin "handler resumed elsewhere")

(define g
  (make-coroutine-generator
    (lambda (yield)
      (with-exception-handler
        (lambda (e)
          (yield (list 'in-handler e))
          (yield (raise-continuable 'from-handler)))
        (lambda () (raise-continuable 'oops) (yield 'after-raise))))))

(test-equal "the handler yields" '(in-handler oops)
            (with-exception-handler (lambda (e) (list 'first e)) (lambda () (g))))
(test-equal "resumed, it raises to the second consumer's handler" '(second from-handler)
            (with-exception-handler (lambda (e) (list 'second e)) (lambda () (g))))
(test-equal "and the body goes on" 'after-raise
            (with-exception-handler (lambda (e) (list 'third e)) (lambda () (g))))

(test-end "handler resumed elsewhere")
