(define-syntax must-be-symbol
  (syntax-rules ()
    ((_ (x ...)) (syntax-error "must-be-symbol: expected a symbol, got a list" (x ...)))
    ((_ x) 'x)))
(display (must-be-symbol a))
(must-be-symbol (1 2))
