(import (scheme base) (scheme write) (srfi 1))

(define (show . xs) (for-each write xs) (newline))
(define (show-values thunk) (call-with-values thunk (lambda vs (apply show vs))))

;; constructors
(show (xcons 1 2) (cons* 1 2 '(3)) (make-list 2 'x) (list-tabulate 5 (lambda (i) (* i i))))
(show (iota 5) (iota 5 1) (iota 5 0 -2) (iota 3 0.5 0.5))
(define c (circular-list 1 2 3))
(show (take c 7))

;; predicates
(show (proper-list? '(1 2)) (proper-list? c) (circular-list? c) (circular-list? '(1))
      (dotted-list? '(1 . 2)) (dotted-list? 5) (dotted-list? '(1)))
(show (not-pair? 1) (null-list? '()) (null-list? '(1)))
(show (list= eq?) (list= eq? '(a)) (list= = '(1 2) '(1 2) '(1 2)) (list= = '(1 2) '(1 2 3)))

;; selectors
(define ten '(1 2 3 4 5 6 7 8 9 10))
(show (first ten) (second ten) (third ten) (fourth ten) (fifth ten)
      (sixth ten) (seventh ten) (eighth ten) (ninth ten) (tenth ten))
(show-values (lambda () (car+cdr '(a . b))))
(show (take ten 3) (drop ten 7) (take-right ten 2) (drop-right ten 8) (take-right '(1 2 . 3) 1))
(show-values (lambda () (split-at ten 4)))
(show (last ten) (last-pair ten) (take! (list 1 2 3) 2) (drop-right! (list 1 2 3) 2))

;; miscellaneous
(show (length+ ten) (length+ c) (length+ '()))
(show (concatenate '((1) (2 3) () (4))) (append-reverse '(3 2 1) '(4 5)) (reverse! (list 1 2 3)))
(show (append! (list 1) (list 2)) (concatenate! (list (list 1) (list 2))))
(show (zip '(1 2 3) '(a b c)) (zip '(1 2) '(a b c) '(x y z)))
(show (unzip1 '((1) (2))))
(show-values (lambda () (unzip2 '((1 a) (2 b)))))
(show-values (lambda () (unzip3 '((1 a x) (2 b y)))))
(show (count even? ten) (count < '(1 2 4 8) '(2 4 6 8)))

;; fold and friends
(show (fold + 0 ten) (fold cons '() '(1 2 3)) (fold cons* '() '(a b c) '(1 2 3 4)))
(show (fold-right cons '() '(1 2 3)) (fold-right list 'end '(1 2) '(a b)))
(show (pair-fold cons '() '(1 2 3)) (pair-fold-right cons '() '(1 2 3)))
(show (reduce + 0 ten) (reduce max 'none '()) (reduce-right append '() '((1) (2) (3))))
(show (reduce - 0 '(1 2 3 4)) (reduce-right - 0 '(1 2 3 4)))
(show (unfold (lambda (x) (> x 5)) (lambda (x) (* x x)) (lambda (x) (+ x 1)) 1))
(show (unfold null-list? car cdr '(1 2 3) (lambda (x) 'tail)))
(show (unfold-right zero? (lambda (x) (* x x)) (lambda (x) (- x 1)) 5))
(show (unfold-right null-list? car cdr '(1 2 3) '(end)))
(show (append-map (lambda (x) (list x (- x))) '(1 3)) (append-map list '(1 2) '(a b)))
(show (append-map! (lambda (x) (list x x)) '(1 2)))
(define pairs '())
(pair-for-each (lambda (p) (set! pairs (cons p pairs))) '(1 2 3))
(show pairs)
(show (filter-map (lambda (x) (and (even? x) (* x x))) ten)
      (filter-map (lambda (a b) (and (< a b) (+ a b))) '(1 5 3) '(2 4 6 8)))
(define order '())
(show (map-in-order (lambda (x) (set! order (cons x order)) (* x 2)) '(1 2 3)) order)
(show (map! + '(1 2) '(10 20)))

;; R7RS map, for-each, member and assoc with SRFI 1's extensions
(show (map + '(1 2 3) '(10 20)) (map + '(1 2) c))
(for-each (lambda (a b) (display (list a b))) '(1 2 3) '(x y))
(newline)
(show (member 2.0 '(1 2 3) =) (member 5 '(1 7 3) <) (assoc 2.0 '((1 . a) (2 . b)) =))

;; filtering
(show (filter odd? ten) (remove odd? ten) (filter! odd? (list 1 2 3)) (remove! odd? (list 1 2 3)))
(show-values (lambda () (partition symbol? '(one 2 3 four five 6))))
(show-values (lambda () (partition! even? (list 1 2 3 4))))

;; searching
(show (find even? '(1 3 4 5)) (find even? '(1 3)) (find-tail even? '(1 3 4 5)) (find-tail even? '()))
(show (any integer? '(a 3 b 2.7)) (any integer? '(a b)) (any < '(3 1 4 1 5) '(2 7 1 8 2))
      (any (lambda (x) (and (> x 2) (* x 10))) '(1 2 3 4)))
(show (every integer? '(1 2)) (every integer? '()) (every (lambda (x) (and (> x 0) x)) '(1 2 3))
      (every < '(1 2) '(2 3 0)))
(show (list-index even? '(3 1 4 1 5 9)) (list-index < '(3 1 4 1 5 9 2 5 6) '(2 7 1 8 2))
      (list-index = '(3 1 4 1 5 9 2 5 6) '(2 7 1 8 2)))
(show (take-while even? '(2 18 3 10 22 9)) (drop-while even? '(2 18 3 10 22 9))
      (take-while! even? (list 2 1)))
(show-values (lambda () (span even? '(2 18 3 10 22 9))))
(show-values (lambda () (break even? '(3 1 4 1 5 9 2 6))))
(show-values (lambda () (span! odd? (list 1 2))))
(show-values (lambda () (break! odd? (list 1 2))))
(show (memq 'c '(a b c d)) (memv 101 '(100 101 102)) (assq 'b '((a 1) (b 2))) (assv 2 '((1 1) (2 4))))

;; deletion
(show (delete 3 '(1 3 2 3)) (delete 5 '(1 6 3 8) <) (delete! 1 (list 1 2 1)))
(show (delete-duplicates '(a b a c a b c z)) (delete-duplicates '((a . 3) (b . 7) (a . 9) (c . 1))
                                                                (lambda (x y) (eq? (car x) (car y)))))
(show (delete-duplicates! (list 1 2 1 2)))

;; association lists
(define al '((a . 1) (b . 2) (a . 3)))
(show (alist-cons 'z 0 al) (alist-delete 'a al) (alist-delete 2 '((1 . a) (2 . b) (3 . c)) <)
      (alist-delete! 'b (alist-copy al)))
(define copy (alist-copy al))
(show (equal? copy al) (eq? (car copy) (car al)))

;; sets
(show (lset<= eq? '(a) '(a b a) '(a b c c)) (lset<= eq? '(a d) '(a b)) (lset<= eq?))
(show (lset= eq? '(b e a) '(a e b) '(e e b a)) (lset= eq? '(a) '(a b)))
(show (lset-adjoin eq? '(a b c d c e) 'a 'e 'i 'o 'u))
(show (lset-union eq? '(a b c d e) '(a e i o u)) (lset-union eq? '(a a c) '(x a x)) (lset-union eq?)
      (lset-union eq? '(a b c)))
(show (lset-intersection eq? '(a b c d e) '(a e i o u)) (lset-intersection eq? '(a x y a) '(x a x z))
      (lset-intersection eq? '(a b c)))
(show (lset-difference eq? '(a b c d e) '(a e i o u)) (lset-difference eq? '(a b c)))
(show (lset-xor eq? '(a b c d e) '(a e i o u)) (lset-xor eq?) (lset-xor eq? '(a b c d e)))
(show-values (lambda () (lset-diff+intersection eq? '(a b c d e) '(a e i o u))))
(show (lset-union! eq? (list 1 2) (list 2 3)) (lset-intersection! eq? (list 1 2) (list 2 3))
      (lset-difference! eq? (list 1 2) (list 2 3)) (lset-xor! eq? (list 1 2) (list 2 3)))
(show-values (lambda () (lset-diff+intersection! eq? (list 1 2) (list 2 3))))

;; big lists: no stack trouble
(define big (iota 200000))
(show (length (filter even? big)) (fold + 0 big) (fold-right (lambda (x acc) (+ acc 1)) 0 big)
      (last (unfold (lambda (x) (= x 200000)) (lambda (x) x) (lambda (x) (+ x 1)) 0)))
