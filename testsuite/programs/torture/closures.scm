;; Closures: letrec of mutually recursive closures over outer variables, closures
;; made in loops, internal defines, set! seen by other closures, set! on parameters.
(define (make-stepper start step)
  (letrec ((up (lambda (n) (if (= n 0) (get) (begin (set! start (+ start step)) (down (- n 1))))))
           (down (lambda (n) (if (= n 0) (get) (begin (set! start (- start 1)) (up (- n 1))))))
           (get (lambda () (list start step))))
    up))
(display ((make-stepper 100 5) 7)) (newline)

;; closures created in a named let capture each iteration's binding
(define procs
  (let loop ((i 0) (acc '()))
    (if (= i 5) (reverse acc) (loop (+ i 1) (cons (lambda () i) acc)))))
(display (map (lambda (p) (p)) procs)) (newline)

;; do makes fresh bindings per iteration
(display (do ((i 0 (+ i 1))
              (acc '() (cons (lambda () (* i i)) acc)))
             ((= i 4) (map (lambda (p) (p)) acc))))
(newline)

;; do whose variable is also assigned in the body: each iteration's box is its own
(define boxed-procs '())
(do ((i 0 (+ i 1))) ((>= i 6))
  (set! boxed-procs (cons (lambda () i) boxed-procs))
  (set! i (+ i 1)))
(display (map (lambda (p) (p)) (reverse boxed-procs))) (newline)

;; closures over a shared, assigned variable
(define (make-account balance)
  (define (deposit! n) (set! balance (+ balance n)) balance)
  (define (withdraw! n) (set! balance (- balance n)) balance)
  (define (peek) balance)
  (list deposit! withdraw! peek))
(define acct (make-account 10))
((car acct) 5)
((cadr acct) 3)
(display ((caddr acct))) (newline)
(define acct2 (make-account 1000))
((car acct2) 1)
(display (list ((caddr acct)) ((caddr acct2)))) (newline)

;; internal defines: mutual recursion, a non-lambda define using earlier ones,
;; and a function referring to a later definition
(define (internal x)
  (define (ev? n) (if (= n 0) #t (od? (- n 1))))
  (define (od? n) (if (= n 0) #f (ev? (- n 1))))
  (define y (* x 2))
  (define w (ev? y))
  (define (h) (list y w later (helper)))
  (define later (+ y 1))
  (define (helper) (* later 10))
  (h))
(display (internal 3)) (newline)

;; internal define that is not a lambda, computed by calling a sibling function
(define (internal2)
  (define (f) 41)
  (define x (f))
  (define (g) (+ x 1))
  (define z (g))
  (list x z))
(display (internal2)) (newline)

;; set! on a parameter, seen by a closure that captured it
(define (param-set x)
  (set! x (+ x 1))
  (let ((g (lambda () x)))
    (set! x (* x 10))
    (g)))
(display (param-set 1)) (newline)

;; a parameter assigned inside a loop closure
(define (count-up n)
  (let ((incr (lambda () (set! n (+ n 1)) n)))
    (incr) (incr) (incr)
    n))
(display (count-up 10)) (newline)

;; closures capturing variables of several enclosing scopes
(define (outer a)
  (lambda (b)
    (lambda (c)
      (lambda (d)
        (set! a (+ a 1))
        (list a b c d)))))
(define o ((((outer 1) 2) 3) 4))
(display o) (newline)
(define o2 (((outer 10) 20) 30))
(display (list (o2 40) (o2 41))) (newline)

;; a closure whose free variables include a letrec-bound procedure and a counter
(define (make-gen lst)
  (letrec ((pos 0)
           (next (lambda ()
                   (if (null? lst) 'eof
                       (let ((x (car lst)))
                         (set! lst (cdr lst))
                         (set! pos (+ pos 1))
                         (list pos x))))))
    next))
(define gen1 (make-gen '(a b c)))
(let* ((a (gen1)) (b (gen1)) (c (gen1)) (d (gen1))) (display (list a b c d)) (newline))

;; the same variable captured by closures created before and after a set!
(define (before-after)
  (let* ((x 1)
         (get1 (lambda () x)))
    (set! x 2)
    (let ((get2 (lambda () x)))
      (set! x 3)
      (list (get1) (get2)))))
(display (before-after)) (newline)

;; a closure stored in a vector and called later
(define v (make-vector 3 #f))
(let loop ((i 0))
  (when (< i 3)
    (vector-set! v i (lambda (y) (+ i y)))
    (loop (+ i 1))))
(display (list ((vector-ref v 0) 100) ((vector-ref v 2) 100))) (newline)

;; lambda with unused parameters and a body that ignores all of them
(display ((lambda (a b c d e f) 'ignored) 1 2 3 4 5 6)) (newline)
