;; Deep non-tail recursion through apply, map, mutual recursion, many-argument
;; and rest-argument procedures.
(define (sum-apply n) (if (= n 0) 0 (+ n (apply sum-apply (list (- n 1))))))
(display (sum-apply 100000)) (newline)

(define (sum-apply2 n . extra) (if (= n 0) (length extra) (+ 1 (apply sum-apply2 (- n 1) 'a '(b c)))))
(display (sum-apply2 100000)) (newline)

;; map with a user lambda, nested 100,000 deep
(define (nest n) (let loop ((i 0) (acc '())) (if (= i n) acc (loop (+ i 1) (list acc)))))
(define (depth t) (if (null? t) 0 (+ 1 (apply max 0 (map depth t)))))
(display (depth (nest 100000))) (newline)

;; map over a long list (non-tail recursion inside map itself)
(define (iota-list n) (let loop ((i (- n 1)) (acc '())) (if (< i 0) acc (loop (- i 1) (cons i acc)))))
(define big (iota-list 200000))
(define mapped (map (lambda (x) (* x 2)) big))
(display (list (length mapped) (car mapped) (list-ref mapped 199999))) (newline)
(define mapped2 (map (lambda (x y) (+ x y)) big big))
(display (list (length mapped2) (list-ref mapped2 199999))) (newline)
(define fe-sum 0)
(for-each (lambda (x) (set! fe-sum (+ fe-sum x))) big)
(display fe-sum) (newline)

;; mutual recursion between three procedures
(define (ma n) (if (= n 0) 0 (+ 1 (mb (- n 1)))))
(define (mb n) (if (= n 0) 0 (+ 2 (mc (- n 1)))))
(define (mc n) (if (= n 0) 0 (+ 3 (ma (- n 1)))))
(display (ma 300000)) (newline)

;; the same through procedures held in variables (unknown calls)
(define pa #f) (define pb #f) (define pc #f)
(set! pa (lambda (n) (if (= n 0) 0 (+ 1 (pb (- n 1))))))
(set! pb (lambda (n) (if (= n 0) 0 (+ 2 (pc (- n 1))))))
(set! pc (lambda (n) (if (= n 0) 0 (+ 3 (pa (- n 1))))))
(display (pa 300000)) (newline)

;; five and eight arguments, all live across the recursive call
(define (f5 n a b c d)
  (if (= n 0) (list a b c d) (let ((r (f5 (- n 1) b c d a))) (cons (+ (car r) a b c d) (cdr r)))))
(display (f5 100000 1 2 3 4)) (newline)
(define (f8 n a b c d e f g)
  (if (= n 0)
      (+ a b c d e f g)
      (+ a (- g g) (f8 (- n 1) b c d e f g a))))
(display (f8 100001 1 2 3 4 5 6 7)) (newline)

;; eight arguments, capture at the bottom, re-enter twice
(define k8 #f)
(define (g8 n a b c d e f g)
  (if (= n 0)
      (+ a b c d e f g (call/cc (lambda (k) (set! k8 k) 0)))
      (+ a (g8 (- n 1) b c d e f g a))))
(define g8-out '())
(define (run-g8)
  (let ((r (g8 100000 1 2 3 4 5 6 7)))
    (set! g8-out (cons r g8-out))
    (if (< (length g8-out) 3) (k8 (* 1000 (length g8-out))) (reverse g8-out))))
(display (run-g8)) (newline)

;; rest arguments, with a varying number of extras, deep
(define (rr n . xs)
  (if (= n 0)
      (length xs)
      (+ (length xs) (case (modulo n 4)
                       ((0) (rr (- n 1)))
                       ((1) (rr (- n 1) 'a))
                       ((2) (rr (- n 1) 'a 'b 'c 'd 'e))
                       (else (rr (- n 1) 1 2 3 4 5 6 7 8))))))
(display (rr 100000)) (newline)

;; rest arguments with more required parameters than the fast entry points take
(define (r6 n a b c d e . xs)
  (if (= n 0) (list a b c d e xs) (let ((r (r6 (- n 1) b c d e a n))) (cons (car r) (cdr r)))))
(display (r6 100000 1 2 3 4 5)) (newline)

;; deep recursion building a string
(define (build-string n) (if (= n 0) "" (string-append "x" (build-string (- n 1)))))
(display (string-length (build-string 20000))) (newline)

;; deep recursion in append / list copy written by the user
(define (my-append a b) (if (null? a) b (cons (car a) (my-append (cdr a) b))))
(display (length (my-append big big))) (newline)
