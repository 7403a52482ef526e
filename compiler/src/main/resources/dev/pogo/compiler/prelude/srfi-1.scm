;;; SRFI 1: the list library.
;;
;; Written from the SRFI document. The linear-update forms (those ending in !)
;; are allowed to, and here do, behave as their pure counterparts. Procedures
;; that take several lists stop at the end of the shortest one.

(%export (scheme base) map for-each)
;; R7RS-large's (scheme list) is SRFI 1 under another name.
(%export ((srfi 1) (scheme list))
  ;; builtins defined elsewhere (Java primitives, base.scm)
  cons list cons* make-list list-copy pair? null? car cdr
  caar cadr cdar cddr caaar caadr cadar caddr cdaar cdadr cddar cdddr
  caaaar caaadr caadar caaddr cadaar cadadr caddar cadddr
  cdaaar cdaadr cdadar cdaddr cddaar cddadr cdddar cddddr
  list-ref last-pair length append reverse memq memv member assq assv assoc
  map for-each
  ;; constructors
  xcons list-tabulate circular-list iota
  ;; predicates
  proper-list? circular-list? dotted-list? not-pair? null-list? list=
  ;; selectors
  first second third fourth fifth sixth seventh eighth ninth tenth car+cdr
  take drop take-right drop-right take! drop-right! split-at split-at! last
  ;; miscellaneous
  length+ concatenate append! concatenate! reverse! append-reverse append-reverse!
  zip unzip1 unzip2 unzip3 unzip4 unzip5 count
  ;; fold, unfold and map
  fold fold-right pair-fold pair-fold-right reduce reduce-right unfold unfold-right
  append-map append-map! pair-for-each filter-map map-in-order map!
  ;; filtering and partitioning
  filter partition remove filter! partition! remove!
  ;; searching
  find find-tail any every list-index take-while drop-while take-while!
  span break span! break!
  ;; deletion
  delete delete-duplicates delete! delete-duplicates!
  ;; association lists
  alist-cons alist-copy alist-delete alist-delete!
  ;; sets as lists
  lset<= lset= lset-adjoin lset-union lset-union! lset-intersection lset-intersection!
  lset-difference lset-difference! lset-xor lset-xor! lset-diff+intersection
  lset-diff+intersection!)

;;; ---- constructors

(define (xcons a b) (cons b a))

(define (list-tabulate n proc)
  (let loop ((i (- n 1)) (out '()))
    (if (< i 0) out (loop (- i 1) (cons (proc i) out)))))

(define (circular-list first . rest)
  (let ((l (cons first rest)))
    (set-cdr! (last-pair l) l)
    l))

(define (iota count . opt)
  (if (or (not (exact-integer? count)) (negative? count))
      (error "iota: expected a non-negative exact integer count" count))
  (let ((start (if (pair? opt) (car opt) 0))
        (step (if (and (pair? opt) (pair? (cdr opt))) (cadr opt) 1)))
    (let loop ((i (- count 1)) (out '()))
      (if (< i 0) out (loop (- i 1) (cons (+ start (* i step)) out))))))

;;; ---- predicates

(define (proper-list? x) (list? x))

;; The kind of a value seen as a list: 'proper, 'dotted or 'circular.
(define (%list-kind x)
  (let loop ((slow x) (fast x))
    (cond ((null? fast) 'proper)
          ((not (pair? fast)) 'dotted)
          ((null? (cdr fast)) 'proper)
          ((not (pair? (cdr fast))) 'dotted)
          (else
           (let ((fast (cddr fast)) (slow (cdr slow)))
             (if (eq? fast slow) 'circular (loop slow fast)))))))

(define (circular-list? x) (eq? (%list-kind x) 'circular))
(define (dotted-list? x) (eq? (%list-kind x) 'dotted))
(define (not-pair? x) (not (pair? x)))

(define (null-list? l)
  (cond ((pair? l) #f)
        ((null? l) #t)
        (else (error "null-list?: expected a list" l))))

(define (list= elt= . lists)
  (define (same2? a b)
    (cond ((and (null? a) (null? b)) #t)
          ((or (null? a) (null? b)) #f)
          (else (and (elt= (car a) (car b)) (same2? (cdr a) (cdr b))))))
  (let loop ((lists lists))
    (or (null? lists) (null? (cdr lists))
        (and (same2? (car lists) (cadr lists)) (loop (cdr lists))))))

;;; ---- selectors

(define (first x) (car x))
(define (second x) (car (cdr x)))
(define (third x) (car (cddr x)))
(define (fourth x) (car (cdddr x)))
(define (fifth x) (car (cddddr x)))
(define (sixth x) (cadr (cddddr x)))
(define (seventh x) (caddr (cddddr x)))
(define (eighth x) (cadddr (cddddr x)))
(define (ninth x) (car (cddddr (cddddr x))))
(define (tenth x) (cadr (cddddr (cddddr x))))

(define (car+cdr p) (values (car p) (cdr p)))

(define (take l k)
  (let loop ((l l) (k k) (out '()))
    (if (= k 0)
        (reverse out)
        (begin
          (if (not (pair? l)) (error "take: list too short" k))
          (loop (cdr l) (- k 1) (cons (car l) out))))))

(define (drop l k)
  (if (= k 0)
      l
      (begin
        (if (not (pair? l)) (error "drop: list too short" k))
        (drop (cdr l) (- k 1)))))

(define take! take)

;; The last k pairs: walk a lead pointer k ahead, then both to the end.
(define (take-right l k)
  (let loop ((lag l) (lead (drop l k)))
    (if (pair? lead) (loop (cdr lag) (cdr lead)) lag)))

(define (drop-right l k)
  (let loop ((lag l) (lead (drop l k)) (out '()))
    (if (pair? lead)
        (loop (cdr lag) (cdr lead) (cons (car lag) out))
        (reverse out))))

(define drop-right! drop-right)

(define (split-at l k)
  (let loop ((l l) (k k) (out '()))
    (if (= k 0)
        (values (reverse out) l)
        (begin
          (if (not (pair? l)) (error "split-at: list too short" k))
          (loop (cdr l) (- k 1) (cons (car l) out))))))

(define split-at! split-at)

(define (last l) (car (last-pair l)))

;;; ---- miscellaneous

(define (length+ x)
  (let loop ((slow x) (fast x) (n 0))
    (cond ((not (pair? fast)) n)
          ((not (pair? (cdr fast))) (+ n 1))
          (else
           (let ((fast (cddr fast)) (slow (cdr slow)))
             (if (eq? fast slow) #f (loop slow fast (+ n 2))))))))

(define (concatenate lists) (apply append lists))
(define append! append)
(define concatenate! concatenate)
(define reverse! reverse)

(define (append-reverse rev-head tail)
  (if (null? rev-head) tail (append-reverse (cdr rev-head) (cons (car rev-head) tail))))

(define append-reverse! append-reverse)

(define (zip l . ls) (apply map list l ls))

(define (unzip1 l) (map car l))
(define (unzip2 l) (values (map car l) (map cadr l)))
(define (unzip3 l) (values (map car l) (map cadr l) (map caddr l)))
(define (unzip4 l) (values (map car l) (map cadr l) (map caddr l) (map cadddr l)))
(define (unzip5 l) (values (map car l) (map cadr l) (map caddr l) (map cadddr l) (map (lambda (x) (car (cddddr x))) l)))

(define (count pred l . ls)
  (if (null? ls)
      (let loop ((l l) (n 0))
        (if (pair? l) (loop (cdr l) (if (pred (car l)) (+ n 1) n)) n))
      (let loop ((ls (cons l ls)) (n 0))
        (if (%all-pairs? ls)
            (loop (%cdrs ls) (if (apply pred (%cars ls)) (+ n 1) n))
            n))))

;;; ---- fold, unfold and map

(define (fold kons knil l . ls)
  (if (null? ls)
      (let loop ((l l) (acc knil))
        (if (pair? l) (loop (cdr l) (kons (car l) acc)) acc))
      (let loop ((ls (cons l ls)) (acc knil))
        (if (%all-pairs? ls)
            (loop (%cdrs ls) (apply kons (append (%cars ls) (list acc))))
            acc))))

(define (fold-right kons knil l . ls)
  (if (null? ls)
      (let loop ((l l))
        (if (pair? l) (kons (car l) (loop (cdr l))) knil))
      (let loop ((ls (cons l ls)))
        (if (%all-pairs? ls)
            (apply kons (append (%cars ls) (list (loop (%cdrs ls)))))
            knil))))

(define (pair-fold kons knil l . ls)
  (if (null? ls)
      (let loop ((l l) (acc knil))
        (if (pair? l)
            (let ((next (cdr l))) (loop next (kons l acc)))
            acc))
      (let loop ((ls (cons l ls)) (acc knil))
        (if (%all-pairs? ls)
            (let ((next (%cdrs ls))) (loop next (apply kons (append ls (list acc)))))
            acc))))

(define (pair-fold-right kons knil l . ls)
  (if (null? ls)
      (let loop ((l l))
        (if (pair? l) (kons l (loop (cdr l))) knil))
      (let loop ((ls (cons l ls)))
        (if (%all-pairs? ls)
            (apply kons (append ls (list (loop (%cdrs ls)))))
            knil))))

(define (reduce f ridentity l)
  (if (null? l) ridentity (fold f (car l) (cdr l))))

(define (reduce-right f ridentity l)
  (if (null? l)
      ridentity
      (let loop ((head (car l)) (l (cdr l)))
        (if (pair? l) (f head (loop (car l) (cdr l))) head))))

(define (unfold stop? mapper successor seed . tail-gen)
  (let loop ((seed seed))
    (if (stop? seed)
        (if (pair? tail-gen) ((car tail-gen) seed) '())
        (let ((x (mapper seed)))
          (cons x (loop (successor seed)))))))

(define (unfold-right stop? mapper successor seed . tail)
  (let loop ((seed seed) (out (if (pair? tail) (car tail) '())))
    (if (stop? seed)
        out
        (loop (successor seed) (cons (mapper seed) out)))))

(define (append-map f l . ls)
  (concatenate (apply map f l ls)))

(define append-map! append-map)

(define (pair-for-each f l . ls)
  (if (null? ls)
      (let loop ((l l))
        (when (pair? l)
          (let ((next (cdr l))) (f l) (loop next))))
      (let loop ((ls (cons l ls)))
        (when (%all-pairs? ls)
          (let ((next (%cdrs ls))) (apply f ls) (loop next))))))

(define (filter-map f l . ls)
  (if (null? ls)
      (let loop ((l l) (out '()))
        (if (pair? l)
            (let ((x (f (car l)))) (loop (cdr l) (if x (cons x out) out)))
            (reverse out)))
      (let loop ((ls (cons l ls)) (out '()))
        (if (%all-pairs? ls)
            (let ((x (apply f (%cars ls)))) (loop (%cdrs ls) (if x (cons x out) out)))
            (reverse out)))))

;; map already applies f to the elements from left to right.
(define (map-in-order f l . ls) (apply map f l ls))
(define (map! f l . ls) (apply map f l ls))

;;; ---- filtering and partitioning

(define (filter pred l)
  (let loop ((l l) (out '()))
    (if (pair? l)
        (loop (cdr l) (if (pred (car l)) (cons (car l) out) out))
        (reverse out))))

(define (remove pred l) (filter (lambda (x) (not (pred x))) l))

(define (partition pred l)
  (let loop ((l l) (in '()) (out '()))
    (cond ((not (pair? l)) (values (reverse in) (reverse out)))
          ((pred (car l)) (loop (cdr l) (cons (car l) in) out))
          (else (loop (cdr l) in (cons (car l) out))))))

(define filter! filter)
(define remove! remove)
(define partition! partition)

;;; ---- searching

(define (find pred l)
  (let ((tail (find-tail pred l)))
    (and tail (car tail))))

(define (find-tail pred l)
  (let loop ((l l))
    (cond ((not (pair? l)) #f)
          ((pred (car l)) l)
          (else (loop (cdr l))))))

(define (any pred l . ls)
  (if (null? ls)
      (let loop ((l l))
        (cond ((not (pair? l)) #f)
              ((null? (cdr l)) (pred (car l)))
              (else (or (pred (car l)) (loop (cdr l))))))
      (let loop ((ls (cons l ls)))
        (if (%all-pairs? ls)
            (let ((next (%cdrs ls)))
              (if (%all-pairs? next)
                  (or (apply pred (%cars ls)) (loop next))
                  (apply pred (%cars ls))))
            #f))))

(define (every pred l . ls)
  (if (null? ls)
      (let loop ((l l))
        (cond ((not (pair? l)) #t)
              ((null? (cdr l)) (pred (car l)))
              (else (and (pred (car l)) (loop (cdr l))))))
      (let loop ((ls (cons l ls)))
        (if (%all-pairs? ls)
            (let ((next (%cdrs ls)))
              (if (%all-pairs? next)
                  (and (apply pred (%cars ls)) (loop next))
                  (apply pred (%cars ls))))
            #t))))

(define (list-index pred l . ls)
  (if (null? ls)
      (let loop ((l l) (i 0))
        (cond ((not (pair? l)) #f)
              ((pred (car l)) i)
              (else (loop (cdr l) (+ i 1)))))
      (let loop ((ls (cons l ls)) (i 0))
        (cond ((not (%all-pairs? ls)) #f)
              ((apply pred (%cars ls)) i)
              (else (loop (%cdrs ls) (+ i 1)))))))

(define (take-while pred l)
  (let loop ((l l) (out '()))
    (if (and (pair? l) (pred (car l)))
        (loop (cdr l) (cons (car l) out))
        (reverse out))))

(define take-while! take-while)

(define (drop-while pred l)
  (let loop ((l l))
    (if (and (pair? l) (pred (car l))) (loop (cdr l)) l)))

(define (span pred l)
  (let loop ((l l) (out '()))
    (if (and (pair? l) (pred (car l)))
        (loop (cdr l) (cons (car l) out))
        (values (reverse out) l))))

(define (break pred l) (span (lambda (x) (not (pred x))) l))
(define span! span)
(define break! break)

;;; ---- deletion

(define (delete x l . same)
  (let ((same? (if (pair? same) (car same) equal?)))
    (filter (lambda (y) (not (same? x y))) l)))

(define delete! delete)

;; Keeps the first of each run of equal elements, in order.
(define (delete-duplicates l . same)
  (let ((same? (if (pair? same) (car same) equal?)))
    (let loop ((l l) (out '()))
      (cond ((not (pair? l)) (reverse out))
            ((any (lambda (y) (same? y (car l))) out) (loop (cdr l) out))
            (else (loop (cdr l) (cons (car l) out)))))))

(define delete-duplicates! delete-duplicates)

;;; ---- association lists

(define (alist-cons key value alist) (cons (cons key value) alist))

(define (alist-copy alist)
  (map (lambda (entry) (cons (car entry) (cdr entry))) alist))

(define (alist-delete key alist . same)
  (let ((same? (if (pair? same) (car same) equal?)))
    (filter (lambda (entry) (not (same? key (car entry)))) alist)))

(define alist-delete! alist-delete)

;;; ---- sets as lists

(define (%lset-member? same? x l)
  (any (lambda (y) (same? y x)) l))

(define (lset<= same? . lists)
  (let loop ((lists lists))
    (or (null? lists) (null? (cdr lists))
        (and (every (lambda (x) (%lset-member? same? x (cadr lists))) (car lists))
             (loop (cdr lists))))))

(define (lset= same? . lists)
  (let loop ((lists lists))
    (or (null? lists) (null? (cdr lists))
        (let ((a (car lists)) (b (cadr lists)))
          (and (every (lambda (x) (%lset-member? same? x b)) a)
               (every (lambda (x) (%lset-member? (lambda (p q) (same? q p)) x a)) b)
               (loop (cdr lists)))))))

(define (lset-adjoin same? l . elts)
  (fold (lambda (x acc) (if (%lset-member? same? x acc) acc (cons x acc))) l elts))

(define (lset-union same? . lists)
  (fold (lambda (l acc)
          (cond ((null? acc) l)
                ((eq? l acc) acc)
                (else (fold (lambda (x acc) (if (%lset-member? same? x acc) acc (cons x acc))) acc l))))
        '()
        lists))

(define (lset-intersection same? l . lists)
  (filter (lambda (x) (every (lambda (other) (%lset-member? (lambda (p q) (same? q p)) x other)) lists)) l))

(define (lset-difference same? l . lists)
  (filter (lambda (x) (not (any (lambda (other) (%lset-member? (lambda (p q) (same? q p)) x other)) lists))) l))

(define (lset-xor same? . lists)
  (fold (lambda (b a)
          ;; (a - b) + (b - a)
          (append (lset-difference same? a b) (lset-difference same? b a)))
        '()
        lists))

(define (lset-diff+intersection same? l . lists)
  (partition (lambda (x) (not (any (lambda (other) (%lset-member? (lambda (p q) (same? q p)) x other)) lists))) l))

(define lset-union! lset-union)
(define lset-intersection! lset-intersection)
(define lset-difference! lset-difference)
(define lset-xor! lset-xor)
(define lset-diff+intersection! lset-diff+intersection)
