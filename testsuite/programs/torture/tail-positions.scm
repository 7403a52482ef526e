;; 10,000,000 iterations in which every iteration passes through a tail call in
;; each kind of tail position: cond =>, case, and/or (last), when/unless, do result,
;; nested lets, begin, if, apply, a rest-parameter procedure, a lambda body.
(define (t-cond i acc)
  (cond ((= i 0) acc)
        ((memv 'x '(w x)) => (lambda (p) (t-case i acc)))
        (else 'unreachable)))
(define (t-case i acc)
  (case (modulo i 2)
    ((0) (t-and i (+ acc 1)))
    (else (t-and i acc))))
(define (t-and i acc) (and #t i (t-or i acc)))
(define (t-or i acc) (or #f (t-when i acc)))
(define (t-when i acc) (when #t (t-unless i acc)))
(define (t-unless i acc) (unless #f (t-let i acc)))
(define (t-let i acc)
  (let ((j i))
    (let* ((k j) (l k))
      (letrec ((z 1))
        (t-begin l acc)))))
(define (t-begin i acc) (begin (+ i 1) (t-do i acc)))
(define (t-do i acc) (do ((x 0 (+ x 1))) ((= x 1) (t-if i acc))))
(define (t-if i acc) (if (> i 0) (t-apply i acc) acc))
(define (t-apply i acc) (apply t-rest i (list acc)))
(define (t-rest i . r) (t-cond-else (- i 1) (car r)))
(define (t-cond-else i acc) (cond ((< i 0) 'never) (else (t-case-else i acc))))
(define (t-case-else i acc) (case 'z ((a) 'never) (else => (lambda (sym) (t-lambda i acc)))))
(define (t-lambda i acc) ((lambda (a b) (t-cond a b)) i acc))
(display (t-cond 10000000 0))
(newline)

;; tail calls through apply with a growing and shrinking argument list
(define (ap n . xs)
  (if (= n 0)
      (length xs)
      (apply ap (- n 1) (if (null? xs) '(1 2 3) (cdr xs)))))
(display (ap 10000000)) (newline)

;; unknown tail calls to a rest-parameter procedure
(define (bounce f n) (if (= n 0) 'done (f f (- n 1) 'x 'y)))
(define (rest-target self n . more) (bounce self n))
(display (bounce rest-target 10000000)) (newline)

;; mutual tail recursion between closures made by letrec, capturing an outer variable
(define (even-odd limit)
  (letrec ((ev? (lambda (n) (if (= n limit) #t (od? (+ n 1)))))
           (od? (lambda (n) (if (= n limit) #f (ev? (+ n 1))))))
    (ev? 0)))
(display (even-odd 10000000)) (newline)
(display (even-odd 9999999)) (newline)

;; and/or chains where the tail call is the last operand, via an unknown procedure
(define (chain f n) (or (= n 0) (and (> n 0) (f f (- n 1)))))
(display (chain chain 10000000)) (newline)
