;;; SRFI 132 sorting, and sort, sort!, sorted? and merge in (pogo base).
;;
;; Every sort is a stable merge sort (so the unstable names are stable too). It
;; is written in Pogo because it calls the program's comparison procedure. The
;; ! forms on lists may reuse their argument; here they build new lists.

(%export (srfi 132)
  list-sorted? vector-sorted? list-sort list-stable-sort list-sort! list-stable-sort!
  vector-sort vector-stable-sort vector-sort! vector-stable-sort!
  list-merge list-merge! vector-merge vector-merge!
  list-delete-neighbor-dups list-delete-neighbor-dups!
  vector-delete-neighbor-dups vector-delete-neighbor-dups!
  vector-find-median vector-find-median! vector-select! vector-separate!)
(%export (pogo base) sort sort! sorted? merge)

;; Stable: on a tie the element of a comes first.
(define (list-merge less? a b)
  (let loop ((a a) (b b) (out '()))
    (cond ((null? a) (append-reverse out b))
          ((null? b) (append-reverse out a))
          ((less? (car b) (car a)) (loop a (cdr b) (cons (car b) out)))
          (else (loop (cdr a) b (cons (car a) out))))))

(define list-merge! list-merge)

(define (list-sort less? l)
  (if (not (procedure? less?)) (error "list-sort: expected a procedure, got" less?))
  (let sort ((l l) (n (length l)))
    (cond ((= n 0) '())
          ((= n 1) (list (car l)))
          (else
           (let ((half (quotient n 2)))
             (list-merge less? (sort l half) (sort (list-tail l half) (- n half))))))))

(define list-stable-sort list-sort)
(define list-sort! list-sort)
(define list-stable-sort! list-sort)

(define (list-sorted? less? l)
  (or (not (pair? l))
      (let loop ((prev (car l)) (l (cdr l)))
        (cond ((not (pair? l)) #t)
              ((less? (car l) prev) #f)
              (else (loop (car l) (cdr l)))))))

;; Optional [start [end]] arguments of a vector procedure, as a pair of indices.
(define (%vector-range who v opt)
  (let* ((len (vector-length v))
         (start (if (pair? opt) (car opt) 0))
         (end (if (and (pair? opt) (pair? (cdr opt))) (cadr opt) len)))
    (if (not (and (exact-integer? start) (exact-integer? end) (<= 0 start end len)))
        (error (string-append (symbol->string who) ": bad range") start end))
    (cons start end)))

(define (vector-sort less? v . opt)
  (let ((r (%vector-range 'vector-sort v opt)))
    (list->vector (list-sort less? (vector->list v (car r) (cdr r))))))

(define vector-stable-sort vector-sort)

(define (vector-sort! v less? . opt)
  (let ((r (%vector-range 'vector-sort! v opt)))
    (let loop ((l (list-sort less? (vector->list v (car r) (cdr r)))) (i (car r)))
      (when (pair? l)
        (vector-set! v i (car l))
        (loop (cdr l) (+ i 1))))))

(define vector-stable-sort! vector-sort!)

(define (vector-sorted? less? v . opt)
  (let ((r (%vector-range 'vector-sorted? v opt)))
    (list-sorted? less? (vector->list v (car r) (cdr r)))))

;; (vector-merge < v1 v2 [start1 [end1 [start2 [end2]]]])
(define (vector-merge less? v1 v2 . opt)
  (let* ((r1 (%vector-range 'vector-merge v1 opt))
         (r2 (%vector-range 'vector-merge v2 (if (and (pair? opt) (pair? (cdr opt))) (cddr opt) '()))))
    (list->vector (list-merge less?
                              (vector->list v1 (car r1) (cdr r1))
                              (vector->list v2 (car r2) (cdr r2))))))

;; (vector-merge! < to from1 from2 [start [start1 [end1 [start2 [end2]]]]])
(define (vector-merge! less? to v1 v2 . opt)
  (let* ((start (if (pair? opt) (car opt) 0))
         (merged (apply vector-merge less? v1 v2 (if (pair? opt) (cdr opt) '()))))
    (vector-copy! to start merged)))

(define (list-delete-neighbor-dups same? l)
  (if (not (pair? l))
      '()
      (let loop ((prev (car l)) (l (cdr l)) (out (list (car l))))
        (cond ((not (pair? l)) (reverse out))
              ((same? prev (car l)) (loop prev (cdr l) out))
              (else (loop (car l) (cdr l) (cons (car l) out)))))))

(define list-delete-neighbor-dups! list-delete-neighbor-dups)

(define (vector-delete-neighbor-dups same? v . opt)
  (let ((r (%vector-range 'vector-delete-neighbor-dups v opt)))
    (list->vector (list-delete-neighbor-dups same? (vector->list v (car r) (cdr r))))))

;; Packs the kept elements at the start of the range and returns the end of them.
(define (vector-delete-neighbor-dups! same? v . opt)
  (let* ((r (%vector-range 'vector-delete-neighbor-dups! v opt))
         (kept (list-delete-neighbor-dups same? (vector->list v (car r) (cdr r)))))
    (vector-copy! v (car r) (list->vector kept))
    (+ (car r) (length kept))))

(define (%mean a b) (/ (+ a b) 2))

(define (vector-find-median less? v knil . mean)
  (let* ((sorted (vector-sort less? v))
         (n (vector-length sorted))
         (mean (if (pair? mean) (car mean) %mean)))
    (cond ((= n 0) knil)
          ((odd? n) (vector-ref sorted (quotient n 2)))
          (else (mean (vector-ref sorted (- (quotient n 2) 1))
                      (vector-ref sorted (quotient n 2)))))))

(define (vector-find-median! less? v knil . mean)
  (vector-sort! v less?)
  (apply vector-find-median less? v knil mean))

;; The k-th smallest element of the range (counting from 0); the range is left sorted.
(define (vector-select! less? v k . opt)
  (let ((r (%vector-range 'vector-select! v opt)))
    (if (not (and (exact-integer? k) (<= 0 k) (< k (- (cdr r) (car r)))))
        (error "vector-select!: index out of range" k))
    (vector-sort! v less? (car r) (cdr r))
    (vector-ref v (+ (car r) k))))

;; Moves the k smallest elements of the range to its start (here: sorts the range).
(define (vector-separate! less? v k . opt)
  (let ((r (%vector-range 'vector-separate! v opt)))
    (if (not (and (exact-integer? k) (<= 0 k (- (cdr r) (car r)))))
        (error "vector-separate!: count out of range" k))
    (vector-sort! v less? (car r) (cdr r))))

;;; ---- (pogo base): (sort sequence less?) in the argument order of SRFI 95

(define (sort seq less?)
  (cond ((vector? seq) (vector-sort less? seq))
        ((list? seq) (list-sort less? seq))
        (else (error "sort: expected a list or a vector, got" seq))))

(define (sort! seq less?)
  (cond ((vector? seq) (vector-sort! seq less?) seq)
        (else (sort seq less?))))

(define (sorted? seq less?)
  (if (vector? seq) (vector-sorted? less? seq) (list-sorted? less? seq)))

(define (merge a b less?)
  (if (vector? a) (vector-merge less? a b) (list-merge less? a b)))
