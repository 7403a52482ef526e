;;; SRFI 158: generators and accumulators (and the SRFI 121 names it contains).
;;;
;;; Written from the SRFI document. A generator is a thunk that returns the next
;;; value, and the eof object once it is exhausted (then forever). An accumulator
;;; takes one value at a time and, given the eof object, returns what it built.
;;; make-coroutine-generator runs its body under a prompt of its own: yield aborts
;;; to it, and the next call reinstates the body's composable continuation, so the
;;; body may yield from anywhere (inside for-each, map, dynamic-wind, guard, deep
;;; recursion) and each yield costs O(1) (docs/control.md).

(%export (srfi 158)
  generator circular-generator make-iota-generator make-range-generator
  make-coroutine-generator list->generator vector->generator reverse-vector->generator
  string->generator bytevector->generator make-for-each-generator make-unfold-generator
  gcons* gappend gflatten ggroup gmerge gmap gcombine gfilter gremove gstate-filter
  gtake gdrop gtake-while gdrop-while gdelete gdelete-neighbor-dups gindex gselect
  generator->list generator->reverse-list generator->vector generator->vector!
  generator->string generator-fold generator-for-each generator-map->list
  generator-find generator-count generator-any generator-every generator-unfold
  make-accumulator count-accumulator list-accumulator reverse-list-accumulator
  vector-accumulator reverse-vector-accumulator vector-accumulator!
  string-accumulator bytevector-accumulator bytevector-accumulator!
  sum-accumulator product-accumulator)

(%export (srfi 121)
  generator make-iota-generator make-range-generator make-coroutine-generator
  list->generator vector->generator reverse-vector->generator string->generator
  bytevector->generator make-for-each-generator make-unfold-generator
  gcons* gappend gcombine gfilter gremove gtake gdrop gtake-while gdrop-while
  gdelete gdelete-neighbor-dups gindex gselect
  generator->list generator->reverse-list generator->vector generator->vector!
  generator->string generator-fold generator-for-each generator-find
  generator-count generator-any generator-every generator-unfold)

;;; ---- constructors

(define (generator . args) (list->generator args))

(define (list->generator lst)
  (lambda ()
    (if (pair? lst)
        (let ((v (car lst))) (set! lst (cdr lst)) v)
        (eof-object))))

(define (circular-generator . args)
  (when (null? args) (error "circular-generator: expected at least one value"))
  (let ((rest args))
    (lambda ()
      (when (null? rest) (set! rest args))
      (let ((v (car rest))) (set! rest (cdr rest)) v))))

;; values start + i*step (not repeated addition, so inexact steps do not drift)
(define (%arithmetic-generator start step more?)
  (let ((i 0) (exact-result (and (exact? start) (exact? step))))
    (lambda ()
      (let ((v (+ start (* i step))))
        (if (more? i v)
            (begin (set! i (+ i 1)) (if exact-result v (inexact v)))
            (eof-object))))))

(define (make-iota-generator count . opt)
  (let ((start (if (pair? opt) (car opt) 0))
        (step (if (and (pair? opt) (pair? (cdr opt))) (cadr opt) 1)))
    (%arithmetic-generator start step (lambda (i v) (< i count)))))

(define (make-range-generator start . opt)
  (let ((end (if (pair? opt) (car opt) #f))
        (step (if (and (pair? opt) (pair? (cdr opt))) (cadr opt) 1)))
    (%arithmetic-generator start step
      (cond ((not end) (lambda (i v) #t))
            ((negative? step) (lambda (i v) (> v end)))
            (else (lambda (i v) (< v end)))))))

;; (start end) of an optional range over a sequence of length len
(define (%range who opt len)
  (let* ((start (if (pair? opt) (car opt) 0))
         (end (if (and (pair? opt) (pair? (cdr opt))) (cadr opt) len)))
    (unless (and (exact-integer? start) (exact-integer? end) (<= 0 start end len))
      (error (string-append (symbol->string who) ": bad range") start end))
    (values start end)))

(define (%indexed-generator who ref len opt)
  (call-with-values (lambda () (%range who opt len))
    (lambda (start end)
      (let ((i start))
        (lambda ()
          (if (< i end)
              (let ((v (ref i))) (set! i (+ i 1)) v)
              (eof-object)))))))

(define (vector->generator vec . opt)
  (%indexed-generator 'vector->generator (lambda (i) (vector-ref vec i)) (vector-length vec) opt))

(define (string->generator str . opt)
  (%indexed-generator 'string->generator (lambda (i) (string-ref str i)) (string-length str) opt))

(define (bytevector->generator bv . opt)
  (%indexed-generator 'bytevector->generator (lambda (i) (bytevector-u8-ref bv i)) (bytevector-length bv) opt))

(define (reverse-vector->generator vec . opt)
  (call-with-values (lambda () (%range 'reverse-vector->generator opt (vector-length vec)))
    (lambda (start end)
      (let ((i end))
        (lambda ()
          (if (> i start)
              (begin (set! i (- i 1)) (vector-ref vec i))
              (eof-object)))))))

;; The body runs under the generator's own prompt. The first call starts it; a
;; yield aborts to the prompt, whose handler keeps the composable continuation and
;; returns the value; the next call reinstates it (a tail call in the prompt's
;; thunk, so the continuation does not grow from call to call). yield returns an
;; unspecified value. When the body returns, the generator is exhausted.
(define (make-coroutine-generator proc)
  (let ((tag (make-prompt-tag 'generator))
        (resume #f)
        (done #f))
    (define (yield v) (abort-to-prompt tag v))
    ;; the prompt's body and handler are made once per generator, not once per value
    (define (body)
      (if resume
          (resume (if #f #f))
          (begin (proc yield)
                 (set! done #t)
                 (set! resume #f)
                 (eof-object))))
    (define (suspended k v)
      (set! resume k)
      v)
    (lambda ()
      (cond (done (eof-object))
            ;; called from inside its own body: resuming would call it again, for ever
            ((%has-prompt? tag) (error "generator: called from inside its own body"))
            (else (call-with-prompt tag body suspended))))))

(define (make-for-each-generator for-each obj)
  (make-coroutine-generator (lambda (yield) (for-each yield obj))))

(define (make-unfold-generator stop? mapper successor seed)
  (lambda ()
    (if (stop? seed)
        (eof-object)
        (let ((v (mapper seed)))
          (set! seed (successor seed))
          v))))

;;; ---- operations: generators made from generators

(define (gcons* . args)
  (when (null? args) (error "gcons*: expected a generator"))
  (let loop ((rest args) (items '()))
    (if (null? (cdr rest))
        (let ((items (reverse items)) (gen (car rest)))
          (lambda ()
            (if (pair? items)
                (let ((v (car items))) (set! items (cdr items)) v)
                (gen))))
        (loop (cdr rest) (cons (car rest) items)))))

(define (gappend . gens)
  (lambda ()
    (let loop ()
      (if (null? gens)
          (eof-object)
          (let ((v ((car gens))))
            (if (eof-object? v)
                (begin (set! gens (cdr gens)) (loop))
                v))))))

(define (gflatten gen)
  (let ((items '()))
    (lambda ()
      (let loop ()
        (if (pair? items)
            (let ((v (car items))) (set! items (cdr items)) v)
            (let ((l (gen)))
              (if (eof-object? l)
                  l
                  (begin (set! items l) (loop)))))))))

(define (ggroup gen k . padding)
  (lambda ()
    (let loop ((i 0) (acc '()))
      (if (= i k)
          (reverse acc)
          (let ((v (gen)))
            (cond ((not (eof-object? v)) (loop (+ i 1) (cons v acc)))
                  ((= i 0) v)
                  ((null? padding) (reverse acc))
                  (else (append (reverse acc) (make-list (- k i) (car padding))))))))))

;; a stable merge: among equal heads, the earlier generator's comes first
(define (gmerge less? . gens)
  (let ((heads (list->vector (map (lambda (g) #f) gens)))   ; #f: not read yet
        (gens (list->vector gens)))
    (define n (vector-length gens))
    (define (head i)
      (or (vector-ref heads i)
          (let ((v ((vector-ref gens i)))) (vector-set! heads i (list v)) (list v))))
    (lambda ()
      (let loop ((i 0) (best #f))
        (if (< i n)
            (let ((v (car (head i))))
              (loop (+ i 1)
                    (cond ((eof-object? v) best)
                          ((or (not best) (less? v (car (head best)))) i)
                          (else best))))
            (if best
                (let ((v (car (head best)))) (vector-set! heads best #f) v)
                (eof-object)))))))

;; the next value of each generator, or #f if any is exhausted
(define (%next-all gens)
  (let loop ((gs gens) (acc '()))
    (if (null? gs)
        (reverse acc)
        (let ((v ((car gs))))
          (if (eof-object? v) #f (loop (cdr gs) (cons v acc)))))))

(define (gmap proc gen . gens)
  (if (null? gens)
      (lambda ()
        (let ((v (gen))) (if (eof-object? v) v (proc v))))
      (let ((all (cons gen gens)))
        (lambda ()
          (let ((vs (%next-all all)))
            (if vs (apply proc vs) (eof-object)))))))

(define (gcombine proc seed gen . gens)
  (let ((all (cons gen gens)))
    (lambda ()
      (let ((vs (%next-all all)))
        (if vs
            (call-with-values (lambda () (apply proc (append vs (list seed))))
              (lambda (v next-seed) (set! seed next-seed) v))
            (eof-object))))))

(define (gfilter pred gen)
  (lambda ()
    (let loop ()
      (let ((v (gen)))
        (if (or (eof-object? v) (pred v)) v (loop))))))

(define (gremove pred gen)
  (gfilter (lambda (v) (not (pred v))) gen))

(define (gstate-filter proc seed gen)
  (lambda ()
    (let loop ()
      (let ((v (gen)))
        (if (eof-object? v)
            v
            (call-with-values (lambda () (proc v seed))
              (lambda (keep next-seed)
                (set! seed next-seed)
                (if keep v (loop)))))))))

(define (gtake gen k . padding)
  (let ((i 0))
    (lambda ()
      (if (< i k)
          (let ((v (gen)))
            (set! i (+ i 1))
            (if (and (eof-object? v) (pair? padding)) (car padding) v))
          (eof-object)))))

(define (gdrop gen k)
  (lambda ()
    (let loop ()
      (if (> k 0)
          (let ((v (gen)))
            (set! k (- k 1))
            (if (eof-object? v) v (loop)))
          (gen)))))

(define (gtake-while pred gen)
  (let ((done #f))
    (lambda ()
      (if done
          (eof-object)
          (let ((v (gen)))
            (if (or (eof-object? v) (pred v))
                v
                (begin (set! done #t) (eof-object))))))))

(define (gdrop-while pred gen)
  (let ((dropping #t))
    (lambda ()
      (if dropping
          (let loop ()
            (let ((v (gen)))
              (if (or (eof-object? v) (not (pred v)))
                  (begin (set! dropping #f) v)
                  (loop))))
          (gen)))))

(define (gdelete item gen . eq)
  (let ((same? (if (pair? eq) (car eq) equal?)))
    (gfilter (lambda (v) (not (same? item v))) gen)))

(define (gdelete-neighbor-dups gen . eq)
  (let ((same? (if (pair? eq) (car eq) equal?))
        (first #t)
        (prev #f))
    (lambda ()
      (let loop ()
        (let ((v (gen)))
          (cond ((eof-object? v) v)
                ((and (not first) (same? prev v)) (loop))
                (else (set! first #f) (set! prev v) v)))))))

;; the values of value-gen at the (strictly increasing) indices index-gen gives
(define (gindex value-gen index-gen)
  (let ((position 0))
    (lambda ()
      (let ((index (index-gen)))
        (if (eof-object? index)
            index
            (begin
              (when (< index position) (error "gindex: indices must increase" index))
              (let loop ()
                (let ((v (value-gen)))
                  (set! position (+ position 1))
                  (cond ((eof-object? v) v)
                        ((= (- position 1) index) v)
                        (else (loop)))))))))))

(define (gselect value-gen truth-gen)
  (lambda ()
    (let loop ()
      (let* ((v (value-gen)) (t (truth-gen)))
        (cond ((or (eof-object? v) (eof-object? t)) (eof-object))
              (t v)
              (else (loop)))))))

;;; ---- consuming generators

(define (%limit who opt)
  (if (pair? opt)
      (let ((n (car opt)))
        (unless (and (exact-integer? n) (>= n 0)) (error (string-append (symbol->string who) ": bad count") n))
        n)
      #f))

(define (generator->reverse-list gen . opt)
  (let ((n (%limit 'generator->reverse-list opt)))
    (let loop ((i 0) (acc '()))
      (if (and n (>= i n))
          acc
          (let ((v (gen)))
            (if (eof-object? v) acc (loop (+ i 1) (cons v acc))))))))

(define (generator->list gen . opt)
  (reverse (apply generator->reverse-list gen opt)))

(define (generator->vector gen . opt)
  (list->vector (apply generator->list gen opt)))

(define (generator->string gen . opt)
  (list->string (apply generator->list gen opt)))

;; fills vec from at; returns how many values it stored
(define (generator->vector! vec at gen)
  (let loop ((i at))
    (if (< i (vector-length vec))
        (let ((v (gen)))
          (if (eof-object? v)
              (- i at)
              (begin (vector-set! vec i v) (loop (+ i 1)))))
        (- i at))))

(define (generator-fold proc seed gen . gens)
  (if (null? gens)
      (let loop ((acc seed))
        (let ((v (gen)))
          (if (eof-object? v) acc (loop (proc v acc)))))
      (let ((all (cons gen gens)))
        (let loop ((acc seed))
          (let ((vs (%next-all all)))
            (if vs (loop (apply proc (append vs (list acc)))) acc))))))

(define (generator-for-each proc gen . gens)
  (if (null? gens)
      (let loop ()
        (let ((v (gen)))
          (unless (eof-object? v) (proc v) (loop))))
      (let ((all (cons gen gens)))
        (let loop ()
          (let ((vs (%next-all all)))
            (when vs (apply proc vs) (loop)))))))

(define (generator-map->list proc gen . gens)
  (let ((all (cons gen gens)))
    (let loop ((acc '()))
      (let ((vs (%next-all all)))
        (if vs (loop (cons (apply proc vs) acc)) (reverse acc))))))

(define (generator-find pred gen)
  (let loop ()
    (let ((v (gen)))
      (cond ((eof-object? v) #f)
            ((pred v) v)
            (else (loop))))))

(define (generator-count pred gen)
  (let loop ((n 0))
    (let ((v (gen)))
      (cond ((eof-object? v) n)
            ((pred v) (loop (+ n 1)))
            (else (loop n))))))

(define (generator-any pred gen)
  (let loop ()
    (let ((v (gen)))
      (if (eof-object? v)
          #f
          (or (pred v) (loop))))))

(define (generator-every pred gen)
  (let loop ((last #t))
    (let ((v (gen)))
      (if (eof-object? v)
          last
          (let ((r (pred v)))
            (if r (loop r) #f))))))

(define (generator-unfold gen unfold . args)
  (apply unfold eof-object? (lambda (x) x) (lambda (x) (gen)) (gen) args))

;;; ---- accumulators

(define (make-accumulator kons knil finalizer)
  (let ((state knil))
    (lambda (v)
      (if (eof-object? v)
          (finalizer state)
          (set! state (kons v state))))))

(define (count-accumulator) (make-accumulator (lambda (v n) (+ n 1)) 0 (lambda (n) n)))
(define (list-accumulator) (make-accumulator cons '() reverse))
(define (reverse-list-accumulator) (make-accumulator cons '() (lambda (l) l)))
(define (vector-accumulator) (make-accumulator cons '() (lambda (l) (list->vector (reverse l)))))
(define (reverse-vector-accumulator) (make-accumulator cons '() list->vector))
(define (string-accumulator) (make-accumulator cons '() (lambda (l) (list->string (reverse l)))))
(define (bytevector-accumulator)
  (make-accumulator cons '()
    (lambda (l)
      (let* ((n (length l)) (bv (make-bytevector n)))
        (let loop ((i (- n 1)) (l l))
          (if (pair? l) (begin (bytevector-u8-set! bv i (car l)) (loop (- i 1) (cdr l))) bv))))))
(define (sum-accumulator) (make-accumulator + 0 (lambda (x) x)))
(define (product-accumulator) (make-accumulator * 1 (lambda (x) x)))

;; store into the given vector or bytevector from at on; eof returns it
(define (%accumulator! store! seq at)
  (lambda (v)
    (if (eof-object? v)
        seq
        (begin (store! seq at v) (set! at (+ at 1))))))

(define (vector-accumulator! vec at) (%accumulator! vector-set! vec at))
(define (bytevector-accumulator! bv at) (%accumulator! bytevector-u8-set! bv at))
