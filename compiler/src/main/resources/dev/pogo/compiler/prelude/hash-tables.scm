;;; SRFI 69 hash tables, with the SRFI 125 (R7RS-large) names that mean the same.
;;
;; A table (a Java dev.pogo.runtime.HashTable) whose equivalence is eq?, eqv?,
;; equal?, string=? or string-ci=? is kept in Java: the %ht- primitives do the
;; work and never call Pogo code. A table with any other equivalence is "custom":
;; its storage, #(buckets count) with buckets a vector of association lists, is
;; kept here, because looking a key up calls the user's hash and equality.
;; Walks and folds go over a snapshot of the associations, so the procedure may
;; change the table.

(%export (srfi 69)
  make-hash-table hash-table? alist->hash-table
  hash-table-equivalence-function hash-table-hash-function
  hash-table-ref hash-table-ref/default hash-table-set! hash-table-delete!
  hash-table-exists? hash-table-update! hash-table-update!/default
  hash-table-size hash-table-keys hash-table-values hash-table-walk
  hash-table-fold hash-table->alist hash-table-copy hash-table-merge!
  hash string-hash string-ci-hash hash-by-identity
  ;; SRFI 125 names
  hash-table-contains? hash-table-empty? hash-table-clear! hash-table-mutable?
  hash-table-for-each hash-table-map->list hash-table-count hash-table-find
  hash-table-prune! hash-table-intern! hash-table-entries hash-table-union!
  hash-table-empty-copy hash-table-pop!)

(define (make-hash-table . args)
  (let* ((same? (if (pair? args) (car args) equal?))
         (hash-fn (if (and (pair? args) (pair? (cdr args))) (cadr args) #f))
         (t (%make-hash-table same? hash-fn)))
    (if (not hash-fn)
        (%ht-set-hash-function!
         t
         (case (%ht-kind t)
           ((eq) hash-by-identity)
           ((string) string-hash)
           ((string-ci) string-ci-hash)
           ;; eqv?, equal? and finer custom equivalences: hash is consistent with equal?
           (else hash))))
    (if (eq? (%ht-kind t) 'custom)
        (%ht-set-custom! t (vector (make-vector 16 '()) 0)))
    t))

(define (alist->hash-table alist . args)
  (let ((t (apply make-hash-table args)))
    ;; the first association for a key wins
    (for-each (lambda (entry)
                (if (not (hash-table-contains? t (car entry)))
                    (hash-table-set! t (car entry) (cdr entry))))
              alist)
    t))

;;; ---- custom tables

(define (%custom-index t key buckets)
  (let ((h ((hash-table-hash-function t) key)))
    (if (not (exact-integer? h))
        (error "hash table: the hash function returned a non-integer" h))
    (modulo h (vector-length buckets))))

;; The (key . value) pair for key, or #f.
(define (%custom-entry t key)
  (let* ((buckets (vector-ref (%ht-custom t) 0))
         (same? (hash-table-equivalence-function t)))
    (let loop ((l (vector-ref buckets (%custom-index t key buckets))))
      (cond ((null? l) #f)
            ((same? (car (car l)) key) (car l))
            (else (loop (cdr l)))))))

(define (%custom-set! t key value)
  (let ((entry (%custom-entry t key)))
    (if entry
        (set-cdr! entry value)
        (let* ((store (%ht-custom t))
               (buckets (vector-ref store 0))
               (i (%custom-index t key buckets))
               (count (+ (vector-ref store 1) 1)))
          (vector-set! buckets i (cons (cons key value) (vector-ref buckets i)))
          (vector-set! store 1 count)
          (if (> count (* 2 (vector-length buckets)))
              (%custom-grow! t))))))

(define (%custom-grow! t)
  (let* ((store (%ht-custom t))
         (old (vector-ref store 0))
         (new (make-vector (* 2 (vector-length old)) '())))
    (let loop ((i 0))
      (when (< i (vector-length old))
        (for-each (lambda (entry)
                    (let ((j (%custom-index t (car entry) new)))
                      (vector-set! new j (cons entry (vector-ref new j)))))
                  (vector-ref old i))
        (loop (+ i 1))))
    (vector-set! store 0 new)))

(define (%custom-delete! t key)
  (let* ((store (%ht-custom t))
         (buckets (vector-ref store 0))
         (same? (hash-table-equivalence-function t))
         (i (%custom-index t key buckets)))
    (let loop ((l (vector-ref buckets i)) (kept '()))
      (cond ((null? l) #f)
            ((same? (car (car l)) key)
             (vector-set! buckets i (append (reverse kept) (cdr l)))
             (vector-set! store 1 (- (vector-ref store 1) 1))
             #t)
            (else (loop (cdr l) (cons (car l) kept)))))))

(define (%custom-alist t)
  (let ((buckets (vector-ref (%ht-custom t) 0)))
    (let loop ((i (- (vector-length buckets) 1)) (out '()))
      (if (< i 0)
          out
          (loop (- i 1)
                (let copy ((l (vector-ref buckets i)) (out out))
                  (if (null? l)
                      out
                      (copy (cdr l) (cons (cons (car (car l)) (cdr (car l))) out)))))))))

;;; ---- the API

(define %absent (list 'absent))

;; The value for key, or %absent; checks that t is a table.
(define (%ht-lookup who t key)
  (if (%ht-custom? who t)
      (let ((entry (%custom-entry t key)))
        (if entry (cdr entry) %absent))
      (%ht-ref t key %absent)))

(define (hash-table-ref t key . opt)
  (let ((v (%ht-lookup 'hash-table-ref t key)))
    (cond ((not (eq? v %absent))
           (if (and (pair? opt) (pair? (cdr opt))) ((cadr opt) v) v))
          ((and (pair? opt) (car opt)) ((car opt)))
          (else (error "hash-table-ref: no value for key" key)))))

(define (hash-table-ref/default t key default)
  (let ((v (%ht-lookup 'hash-table-ref/default t key)))
    (if (eq? v %absent) default v)))

(define (hash-table-set! t . keys-and-values)
  (%ht-check-mutable 'hash-table-set! t)
  (let loop ((kv keys-and-values))
    (cond ((null? kv) (if #f #f))
          ((null? (cdr kv)) (error "hash-table-set!: a key without a value" (car kv)))
          (else
           (if (%ht-custom? 'hash-table-set! t)
               (%custom-set! t (car kv) (cadr kv))
               (%ht-set! t (car kv) (cadr kv)))
           (loop (cddr kv))))))

;; Returns the number of keys that were there (SRFI 125); SRFI 69 leaves it unspecified.
(define (hash-table-delete! t . keys)
  (%ht-check-mutable 'hash-table-delete! t)
  (let loop ((keys keys) (n 0))
    (if (null? keys)
        n
        (loop (cdr keys)
              (if (if (%ht-custom? 'hash-table-delete! t)
                      (%custom-delete! t (car keys))
                      (%ht-delete! t (car keys)))
                  (+ n 1)
                  n)))))

(define (hash-table-exists? t key)
  (if (%ht-custom? 'hash-table-exists? t)
      (if (%custom-entry t key) #t #f)
      (%ht-contains? t key)))

(define (hash-table-contains? t key)
  (hash-table-exists? t key))

(define (hash-table-update! t key proc . opt)
  (hash-table-set! t key (proc (apply hash-table-ref t key opt))))

(define (hash-table-update!/default t key proc default)
  (hash-table-set! t key (proc (hash-table-ref/default t key default))))

(define (hash-table-size t)
  (if (%ht-custom? 'hash-table-size t)
      (vector-ref (%ht-custom t) 1)
      (%ht-size t)))

(define (hash-table-empty? t) (= (hash-table-size t) 0))

(define (hash-table-mutable? t) (%ht-mutable? t))

(define (hash-table->alist t)
  (if (%ht-custom? 'hash-table->alist t) (%custom-alist t) (%ht->alist t)))

(define (hash-table-keys t)
  (if (%ht-custom? 'hash-table-keys t) (map car (%custom-alist t)) (%ht-keys t)))

(define (hash-table-values t)
  (if (%ht-custom? 'hash-table-values t) (map cdr (%custom-alist t)) (%ht-values t)))

(define (hash-table-entries t)
  (let ((alist (hash-table->alist t)))
    (values (map car alist) (map cdr alist))))

(define (hash-table-walk t proc)
  (for-each (lambda (entry) (proc (car entry) (cdr entry)))
            (hash-table->alist t)))

;; SRFI 125's (hash-table-for-each proc t); the SRFI 69 order (t proc) is accepted too.
(define (hash-table-for-each a b)
  (if (hash-table? a) (hash-table-walk a b) (hash-table-walk b a)))

;; SRFI 69: (hash-table-fold t kons knil); SRFI 125: (hash-table-fold kons knil t).
(define (hash-table-fold a b c)
  (let ((t (if (hash-table? a) a c))
        (kons (if (hash-table? a) b a))
        (knil (if (hash-table? a) c b)))
    (let loop ((alist (hash-table->alist t)) (acc knil))
      (if (null? alist)
          acc
          (loop (cdr alist) (kons (car (car alist)) (cdr (car alist)) acc))))))

(define (hash-table-map->list proc t)
  (map (lambda (entry) (proc (car entry) (cdr entry))) (hash-table->alist t)))

(define (hash-table-count pred t)
  (let loop ((alist (hash-table->alist t)) (n 0))
    (cond ((null? alist) n)
          ((pred (car (car alist)) (cdr (car alist))) (loop (cdr alist) (+ n 1)))
          (else (loop (cdr alist) n)))))

(define (hash-table-find proc t failure)
  (let loop ((alist (hash-table->alist t)))
    (if (null? alist)
        (failure)
        (or (proc (car (car alist)) (cdr (car alist)))
            (loop (cdr alist))))))

(define (hash-table-prune! proc t)
  (for-each (lambda (entry)
              (if (proc (car entry) (cdr entry))
                  (hash-table-delete! t (car entry))))
            (hash-table->alist t)))

(define (hash-table-intern! t key failure)
  (let ((v (%ht-lookup 'hash-table-intern! t key)))
    (if (eq? v %absent)
        (let ((v (failure)))
          (hash-table-set! t key v)
          v)
        v)))

(define (hash-table-pop! t)
  (let ((alist (hash-table->alist t)))
    (if (null? alist)
        (error "hash-table-pop!: the table is empty" t)
        (begin
          (hash-table-delete! t (car (car alist)))
          (values (car (car alist)) (cdr (car alist)))))))

(define (hash-table-clear! t)
  (%ht-check-mutable 'hash-table-clear! t)
  (if (%ht-custom? 'hash-table-clear! t)
      (%ht-set-custom! t (vector (make-vector 16 '()) 0))
      (%ht-clear! t)))

(define (hash-table-empty-copy t)
  (make-hash-table (hash-table-equivalence-function t) (hash-table-hash-function t)))

(define (hash-table-copy t . mutable)
  (let ((mutable? (if (pair? mutable) (car mutable) #t)))
    (if (%ht-custom? 'hash-table-copy t)
        (let ((copy (hash-table-empty-copy t)))
          (for-each (lambda (entry) (%custom-set! copy (car entry) (cdr entry)))
                    (%custom-alist t))
          (%ht-set-mutable! copy mutable?)
          copy)
        (%ht-copy t mutable?))))

;; SRFI 69: every association of t2 goes into t1 (t2's value wins).
(define (hash-table-merge! t1 t2)
  (hash-table-walk t2 (lambda (k v) (hash-table-set! t1 k v)))
  t1)

;; SRFI 125: like merge!, but for a key in both tables t1's value is kept.
(define (hash-table-union! t1 t2)
  (hash-table-walk t2 (lambda (k v)
                        (if (not (hash-table-contains? t1 k))
                            (hash-table-set! t1 k v))))
  t1)
