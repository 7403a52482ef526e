;; Known-call optimisations must respect later redefinition and assignment of
;; top-level procedures, and higher-order uses of call/cc, apply and friends.
(define (f) 1)
(define (g) (f))
(display (g)) (newline)
(set! f (lambda () 2))
(display (g)) (newline)
(define (f) 3)
(display (g)) (newline)

(define (h x) (if (= x 0) 'h-done (h (- x 1))))
(define h-orig h)
(set! h (lambda (x) 'replaced))
(display (h-orig 5)) (newline)

(define (counter-proc) 0)
(define (bump!) (let ((old counter-proc)) (set! counter-proc (lambda () (+ 1 (old))))))
(bump!) (bump!) (bump!)
(display (counter-proc)) (newline)

;; a top-level variable holding a procedure, reassigned inside a loop
(define op +)
(define (apply-op a b) (op a b))
(define results
  (let loop ((ops (list + - * max)) (acc '()))
    (if (null? ops) (reverse acc)
        (begin (set! op (car ops)) (loop (cdr ops) (cons (apply-op 7 3) acc))))))
(display results) (newline)

;; call/cc and apply used as ordinary values
(display (((call/cc (lambda (k) k)) (lambda (x) x)) 'hi)) (newline)
(display (apply call/cc (list (lambda (k) (k 5))))) (newline)
(display (map call/cc (list (lambda (k) 1) (lambda (k) (k 2))))) (newline)
(display (apply apply (list + (list 1 2 3)))) (newline)
(display (apply map (list list '(1 2) '(a b)))) (newline)
(define my-callcc call-with-current-continuation)
(display (+ 1 (my-callcc (lambda (k) (+ 10 (k 100)))))) (newline)
(display (call-with-values (lambda () (apply values '(1 2 3))) +)) (newline)
(display (let ((p (lambda args args))) (apply p 1 2 '()))) (newline)

;; named lets named like builtins and outer procedures
(display (let list ((i 0) (acc '())) (if (= i 3) acc (list (+ i 1) (cons i acc))))) (newline)
(define (loop x) (list 'outer x))
(display (let loop ((i 2)) (if (= i 0) (list 'inner) (loop (- i 1))))) (newline)
(display (loop 1)) (newline)

;; a procedure that returns different closures sharing one box
(define (make-pair-of-closures)
  (let ((n 0))
    (cons (lambda () (set! n (+ n 1)) n) (lambda () n))))
(define pc (make-pair-of-closures))
((car pc)) ((car pc))
(display ((cdr pc))) (newline)

;; deep recursion through a procedure that is redefined part way
(define (walk n) (if (= n 0) 0 (+ 1 (walk (- n 1)))))
(define real-walk walk)
(set! walk (lambda (n) (if (= n 50000) (real-walk n) (+ 2 (real-walk (- n 1))))))
(display (walk 100000)) (newline)
