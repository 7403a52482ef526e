;; dynamic-wind with re-entry, values across continuations, string and vector
;; state shared across re-entries, continuations stored in data structures.
(define trail '())
(define (note x) (set! trail (cons x trail)))
;; (a program's top level is one body: re-entering k-in also re-runs the forms
;; after (run-wind), so the body is entered three times)
(define k-in #f)
(define n 0)
(define (run-wind)
  (dynamic-wind
   (lambda () (note 'in))
   (lambda () (note (call/cc (lambda (k) (set! k-in k) 'body))))
   (lambda () (note 'out))))
(run-wind)
(set! n (+ n 1))
(if (< n 3) (k-in n))
(display (reverse trail)) (newline)

;; escaping out of nested dynamic-winds from deep recursion
(set! trail '())
(define (deep-wind d esc)
  (if (= d 0)
      (esc 'bottom)
      (dynamic-wind
       (lambda () (if (< d 3) (note (list 'in d))))
       (lambda () (+ 1 (deep-wind (- d 1) esc)))
       (lambda () (if (< d 3) (note (list 'out d)))))))
(display (call/cc (lambda (esc) (deep-wind 10000 esc)))) (newline)
(display (reverse trail)) (newline)

;; values and call-with-values through a re-entered continuation
(define kv #f)
(define vcount 0)
(define (run-values)
  (call-with-values
   (lambda () (call/cc (lambda (k) (set! kv k) (values 1 2))))
   (lambda args
     (set! vcount (+ vcount 1))
     (if (< vcount 3) (kv vcount 'x (* vcount 10)) args))))
(display (run-values)) (newline)

;; a string mutated between re-entries: the mutation is seen (objects are shared)
(define ks #f)
(define s (make-string 3 #\a))
(define scount 0)
(define (run-string)
  (let ((v (call/cc (lambda (k) (set! ks k) 0))))
    (string-set! s v #\z)
    (set! scount (+ scount 1))
    (if (< scount 3) (ks scount) (string-copy s))))
(display (run-string)) (newline)

;; continuations kept in a list and invoked in a different order
(define ks-list '())
(define (capture-three)
  (let* ((a (call/cc (lambda (k) (set! ks-list (cons k ks-list)) 'a0)))
         (b (call/cc (lambda (k) (set! ks-list (cons k ks-list)) 'b0)))
         (c (call/cc (lambda (k) (set! ks-list (cons k ks-list)) 'c0))))
    (list a b c)))
(define order '())
(define fired 0)
(define (drive)
  (let ((r (capture-three)))
    (set! order (cons r order))
    (set! fired (+ fired 1))
    (cond ((= fired 1) ((list-ref ks-list 0) 'c1))   ; re-enter at c
          ((= fired 2) ((list-ref ks-list 1) 'b1))   ; the b continuation
          ((= fired 3) ((list-ref ks-list 3) 'a1))   ; the a continuation
          (else (reverse order)))))
(for-each (lambda (x) (display x) (newline)) (drive))

;; call/cc receiving a continuation that is called with zero and several values
(display (call-with-values (lambda () (call/cc (lambda (k) (k)))) list)) (newline)
(display (call-with-values (lambda () (call/cc (lambda (k) (k 1 2 3)))) list)) (newline)

;; a loop that unwinds the stack often (continuation captured every iteration)
(define (sum-with-callcc n)
  (let loop ((i 0) (acc 0))
    (if (= i n) acc (loop (+ i 1) (+ acc (call/cc (lambda (k) (k i))))))))
(display (sum-with-callcc 1000000)) (newline)

;; coroutines: two procedures passing control back and forth 100,000 times
(define (make-coroutine proc)
  (define saved #f)
  (define return #f)
  (define (yield v) (call/cc (lambda (k) (set! saved k) (return v))))
  (lambda (v)
    (call/cc (lambda (r)
               (set! return r)
               (if saved (saved v) (begin (proc yield) (return 'finished)))))))
(define counter
  (make-coroutine (lambda (yield)
                    (let loop ((i 0)) (if (< i 100000) (begin (yield i) (loop (+ i 1))))))))
(define (consume total)
  (let ((v (counter 'go)))
    (if (eq? v 'finished) total (consume (+ total v)))))
(display (consume 0)) (newline)
