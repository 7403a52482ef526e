;; the expression form of begin needs an expression
(display (begin))
