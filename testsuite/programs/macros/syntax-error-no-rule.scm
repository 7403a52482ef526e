;; an ill-formed macro use is reported at the use site
(define-syntax two-args (syntax-rules () ((_ a b) (+ a b))))
(display (two-args 1 2))
(display (two-args 1))
