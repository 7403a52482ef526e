;; Macro-introduced bindings never capture user identifiers, and user bindings
;; never break macros -- both ways, including a user shadowing if or list.
(define-syntax my-or2
  (syntax-rules () ((_ a b) (let ((t a)) (if t t b)))))
(define t 'user-t)
(display (my-or2 #f t)) (newline)                 ; the macro's t does not capture the user's
(display (let ((if (lambda args 'shadowed))) (my-or2 #f 'ok))) (newline)   ; the user's if does not break it
(define-syntax make-list-of
  (syntax-rules () ((_ x ...) (list x ...))))
(display (let ((list vector)) (make-list-of 1 2 3))) (newline)             ; list still means list
(define-syntax capture-attempt
  (syntax-rules () ((_ body) (let ((x 'macro-x)) body))))
(display (let ((x 'user-x)) (capture-attempt x))) (newline)                ; body's x is the user's
(define-syntax loop-times
  (syntax-rules ()
    ((_ n body ...) (let loop ((i 0)) (when (< i n) body ... (loop (+ i 1)))))))
(define i 100)
(loop-times 3 (display i))                                                 ; prints the user's i three times
(newline)
(define-syntax inc!
  (syntax-rules () ((_ v) (set! v (+ v 1)))))
(define (counter)
  (let ((n 0)) (inc! n) (inc! n) n))
(display (counter)) (newline)
;; a macro that expands into a use of a locally shadowed name from its own scope
(define (helper) 'top-helper)
(define-syntax call-helper (syntax-rules () ((_) (helper))))
(display (let ((helper (lambda () 'local-helper))) (call-helper))) (newline)
