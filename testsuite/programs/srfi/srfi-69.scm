(import (scheme base) (scheme char) (scheme write) (srfi 69))

(define (show . xs) (for-each display xs) (newline))

;; default: equal?
(define t (make-hash-table))
(show (hash-table? t) " " (hash-table? '()) " " (hash-table-size t))
(hash-table-set! t '(1 2) 'list)
(hash-table-set! t "str" 'string)
(hash-table-set! t #(1 "a") 'vector)
(hash-table-set! t 3.5 'flonum)
(show (hash-table-ref t (list 1 2)) " " (hash-table-ref t (string #\s #\t #\r))
      " " (hash-table-ref t (vector 1 "a")) " " (hash-table-ref t 3.5))
(show (hash-table-ref/default t 'nope 'default))
(show (hash-table-ref t 'nope (lambda () 'thunk)))
(show (hash-table-ref t "str" (lambda () 'thunk) (lambda (v) (list 'found v))))
(show (guard (e ((error-object? e) (error-object-message e))) (hash-table-ref t 'nope)))
(show (hash-table-exists? t "str") " " (hash-table-exists? t "STR"))
(hash-table-delete! t "str")
(show (hash-table-exists? t "str") " " (hash-table-size t))
(show (hash-table->alist t))
(show (hash-table-keys t))
(show (hash-table-values t))

;; update
(define counts (make-hash-table eq?))
(for-each (lambda (w) (hash-table-update!/default counts w (lambda (n) (+ n 1)) 0))
          '(a b a c b a))
(show (hash-table->alist counts))
(hash-table-update! counts 'a (lambda (n) (* n 100)))
(hash-table-update! counts 'z (lambda (n) (+ n 1)) (lambda () 41))
(show (hash-table-ref counts 'a) " " (hash-table-ref counts 'z))
(show (guard (e (#t 'no-key)) (hash-table-update! counts 'q (lambda (n) n))))

;; walk and fold
(define sum 0)
(hash-table-walk counts (lambda (k v) (set! sum (+ sum v))))
(show sum)
(show (hash-table-fold counts (lambda (k v acc) (cons k acc)) '()))

;; alist->hash-table: the first association wins
(define a (alist->hash-table '((x . 1) (y . 2) (x . 3)) eq?))
(show (hash-table-ref a 'x) " " (hash-table-size a))

;; copy and merge!
(define b (hash-table-copy a))
(hash-table-set! b 'z 26)
(show (hash-table-size a) " " (hash-table-size b))
(define m (hash-table-merge! (alist->hash-table '((x . 100) (w . 0))) b))
(show (hash-table->alist m))

;; equivalence and hash functions
(show (eq? (hash-table-equivalence-function (make-hash-table eqv?)) eqv?))
(show (procedure? (hash-table-hash-function (make-hash-table string=?))))

;; hash functions
(show (= (hash "abc") (hash (string #\a #\b #\c))) " " (= (hash '(1 2 (3))) (hash (list 1 2 (list 3)))))
(show (< (hash 'sym 10) 10) " " (>= (string-hash "hello" 7) 0))
(show (= (string-ci-hash "Hello") (string-ci-hash "hELLO")))
(show (exact-integer? (hash-by-identity t)))

;; string tables
(define s (make-hash-table string=?))
(hash-table-set! s "key" 1)
(show (hash-table-ref/default s (string-copy "key") 0))
(define ci (make-hash-table string-ci=?))
(hash-table-set! ci "Key" 1)
(show (hash-table-ref/default ci "KEY" 0) " " (hash-table-ref/default ci "kex" 0))

;; eqv? tables: numbers by value, strings by identity
(define v (make-hash-table eqv?))
(hash-table-set! v 12345678901234567890 'big)
(hash-table-set! v 1/3 'third)
(show (hash-table-ref/default v 12345678901234567890 #f) " " (hash-table-ref/default v 1/3 #f)
      " " (hash-table-ref/default v (string #\a) #f))
