;;; SRFI 133 vectors. Procedures over several vectors stop at the end of the
;;; shortest one.

(%export (scheme base) vector-map vector-for-each)
(%export (srfi 133)
  ;; builtins defined elsewhere
  make-vector vector vector? vector-ref vector-set! vector-length vector-copy vector-copy!
  vector-append vector-fill! vector->list list->vector string->vector vector->string
  vector-map vector-for-each
  ;; constructors
  vector-unfold vector-unfold-right vector-reverse-copy vector-concatenate
  vector-append-subvectors
  ;; predicates
  vector-empty? vector=
  ;; iteration
  vector-fold vector-fold-right vector-map! vector-count vector-cumulate
  ;; searching
  vector-index vector-index-right vector-skip vector-skip-right vector-binary-search
  vector-any vector-every vector-partition
  ;; mutators
  vector-swap! vector-reverse! vector-reverse-copy! vector-unfold! vector-unfold-right!
  ;; conversion
  reverse-vector->list reverse-list->vector)

(define (%min-length v vs)
  (fold (lambda (w n) (min n (vector-length w))) (vector-length v) vs))

(define (%vector-refs vs i)
  (map (lambda (v) (vector-ref v i)) vs))

;;; ---- constructors

;; (f index seed ...) returns the element and the next seeds as multiple values.
(define (vector-unfold f n . seeds)
  (let ((v (make-vector n)))
    (apply vector-unfold! f v 0 n seeds)
    v))

(define (vector-unfold-right f n . seeds)
  (let ((v (make-vector n)))
    (apply vector-unfold-right! f v 0 n seeds)
    v))

(define (%unfold-into! f v indices seeds)
  (let loop ((indices indices) (seeds seeds))
    (when (pair? indices)
      (call-with-values (lambda () (apply f (car indices) seeds))
        (lambda (x . next)
          (vector-set! v (car indices) x)
          (loop (cdr indices) next))))))

(define (vector-unfold! f v start end . seeds)
  (%unfold-into! f v (iota (- end start) start) seeds))

(define (vector-unfold-right! f v start end . seeds)
  (%unfold-into! f v (reverse (iota (- end start) start)) seeds))

(define (vector-reverse-copy v . opt)
  (let ((r (%vector-range 'vector-reverse-copy v opt)))
    (list->vector (reverse (vector->list v (car r) (cdr r))))))

(define (vector-concatenate vs) (apply vector-append vs))

;; (vector-append-subvectors v1 start1 end1 v2 start2 end2 ...)
(define (vector-append-subvectors . args)
  (let loop ((args args) (parts '()))
    (if (null? args)
        (apply vector-append (reverse parts))
        (loop (cdddr args) (cons (vector-copy (car args) (cadr args) (caddr args)) parts)))))

;;; ---- predicates

(define (vector-empty? v) (= (vector-length v) 0))

(define (vector= same? . vs)
  (define (two= a b)
    (and (= (vector-length a) (vector-length b))
         (let loop ((i 0))
           (or (= i (vector-length a))
               (and (same? (vector-ref a i) (vector-ref b i)) (loop (+ i 1)))))))
  (let loop ((vs vs))
    (or (null? vs) (null? (cdr vs))
        (and (two= (car vs) (cadr vs)) (loop (cdr vs))))))

;;; ---- iteration

;; (kons state element ...)
(define (vector-fold kons knil v . vs)
  (let ((n (%min-length v vs)) (all (cons v vs)))
    (let loop ((i 0) (acc knil))
      (if (= i n) acc (loop (+ i 1) (apply kons acc (%vector-refs all i)))))))

(define (vector-fold-right kons knil v . vs)
  (let ((all (cons v vs)))
    (let loop ((i (- (%min-length v vs) 1)) (acc knil))
      (if (< i 0) acc (loop (- i 1) (apply kons acc (%vector-refs all i)))))))

(define (vector-map! f v . vs)
  (let ((n (%min-length v vs)) (all (cons v vs)))
    (let loop ((i 0))
      (when (< i n)
        (vector-set! v i (apply f (%vector-refs all i)))
        (loop (+ i 1))))))

(define (vector-count pred v . vs)
  (apply vector-fold (lambda (n . xs) (if (apply pred xs) (+ n 1) n)) 0 v vs))

(define (vector-cumulate f knil v)
  (let ((out (make-vector (vector-length v))))
    (let loop ((i 0) (acc knil))
      (if (= i (vector-length v))
          out
          (let ((acc (f acc (vector-ref v i))))
            (vector-set! out i acc)
            (loop (+ i 1) acc))))))

;;; ---- searching

(define (vector-index pred v . vs)
  (let ((n (%min-length v vs)) (all (cons v vs)))
    (let loop ((i 0))
      (cond ((= i n) #f)
            ((apply pred (%vector-refs all i)) i)
            (else (loop (+ i 1)))))))

(define (vector-index-right pred v . vs)
  (let ((all (cons v vs)))
    (let loop ((i (- (%min-length v vs) 1)))
      (cond ((< i 0) #f)
            ((apply pred (%vector-refs all i)) i)
            (else (loop (- i 1)))))))

(define (vector-skip pred v . vs)
  (apply vector-index (lambda xs (not (apply pred xs))) v vs))

(define (vector-skip-right pred v . vs)
  (apply vector-index-right (lambda xs (not (apply pred xs))) v vs))

;; (cmp element value) is negative, zero or positive.
(define (vector-binary-search v value cmp . opt)
  (let ((r (%vector-range 'vector-binary-search v opt)))
    (let loop ((lo (car r)) (hi (cdr r)))
      (if (>= lo hi)
          #f
          (let* ((mid (quotient (+ lo hi) 2))
                 (c (cmp (vector-ref v mid) value)))
            (cond ((zero? c) mid)
                  ((negative? c) (loop (+ mid 1) hi))
                  (else (loop lo mid))))))))

(define (vector-any pred v . vs)
  (let ((n (%min-length v vs)) (all (cons v vs)))
    (let loop ((i 0))
      (if (= i n)
          #f
          (or (apply pred (%vector-refs all i)) (loop (+ i 1)))))))

(define (vector-every pred v . vs)
  (let ((n (%min-length v vs)) (all (cons v vs)))
    (let loop ((i 0) (last #t))
      (if (= i n)
          last
          (let ((x (apply pred (%vector-refs all i))))
            (and x (loop (+ i 1) x)))))))

;; A new vector with the elements satisfying pred first, then the others (each
;; group in order), and the number of the former.
(define (vector-partition pred v)
  (let ((l (vector->list v)))
    (call-with-values (lambda () (partition pred l))
      (lambda (in out)
        (values (list->vector (append in out)) (length in))))))

;;; ---- mutators

(define (vector-swap! v i j)
  (let ((x (vector-ref v i)))
    (vector-set! v i (vector-ref v j))
    (vector-set! v j x)))

(define (vector-reverse! v . opt)
  (let ((r (%vector-range 'vector-reverse! v opt)))
    (let loop ((i (car r)) (j (- (cdr r) 1)))
      (when (< i j)
        (vector-swap! v i j)
        (loop (+ i 1) (- j 1))))))

(define (vector-reverse-copy! to at from . opt)
  (vector-copy! to at (apply vector-reverse-copy from opt)))

;;; ---- conversion

(define (reverse-vector->list v . opt)
  (let ((r (%vector-range 'reverse-vector->list v opt)))
    (reverse (vector->list v (car r) (cdr r)))))

(define (reverse-list->vector l) (list->vector (reverse l)))
