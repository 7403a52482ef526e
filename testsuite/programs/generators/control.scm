;; Coroutine generators and their dynamic context: same fringe, dynamic-wind,
;; guard, parameterize, yields from higher-order procedures, multi-shot
;; composable continuations inside a generator body, (pogo generator) and
;; (pogo coroutine).
(import (scheme base) (scheme write) (srfi 158) (pogo control))

;; same fringe: two tree-walking generators consumed in lockstep
(define (tree-walker tree)
  (make-coroutine-generator
    (lambda (yield)
      (let walk ((t tree))
        (cond ((null? t) 'skip)
              ((pair? t) (walk (car t)) (walk (cdr t)))
              (else (yield t)))))))
(define (same-fringe? a b)
  (let ((ga (tree-walker a)) (gb (tree-walker b)))
    (let loop ()
      (let ((x (ga)) (y (gb)))
        (cond ((and (eof-object? x) (eof-object? y)) #t)
              ((equal? x y) (loop))
              (else #f))))))
(display (list (same-fringe? '(1 (2 3) ((4)) 5) '((1 2) (3 (4 5))))
               (same-fringe? '(1 (2 3)) '(1 2 3 4))
               (same-fringe? '(1 (2 3)) '((1 2) 4))
               (same-fringe? '() '(() (())))))
(newline)

;; yields from inside the higher-order procedures of the prelude and the user's own
(define (my-tree-for-each f t)
  (cond ((pair? t) (my-tree-for-each f (car t)) (my-tree-for-each f (cdr t)))
        ((null? t) #t)
        (else (f t))))
(display (generator->list
          (make-coroutine-generator
            (lambda (yield)
              (for-each yield '(a b))
              (yield (map (lambda (x) (yield x) (* 10 x)) '(1 2)))
              (vector-for-each yield #(v))
              (my-tree-for-each yield '((t1) (t2 (t3))))
              (yield (call-with-values (lambda () (yield 'in-producer) (values 1 2)) list))))))
(newline)

;; dynamic-wind: each yield leaves the extents entered in the body, each resume re-enters them
(define log '())
(define (note x) (set! log (cons x log)))
(define dw
  (make-coroutine-generator
    (lambda (yield)
      (dynamic-wind
        (lambda () (note 'in))
        (lambda ()
          (yield 1)
          (dynamic-wind (lambda () (note 'in2)) (lambda () (yield 2)) (lambda () (note 'out2)))
          (yield 3))
        (lambda () (note 'out))))))
(let loop ()
  (let ((v (dw)))
    (note (list 'got v))
    (unless (eof-object? v) (loop))))
(display (reverse log))
(newline)

;; the consumer's own extents are not the body's: a yield does not leave them
(set! log '())
(define dw2 (make-coroutine-generator (lambda (yield) (yield 'a) (yield 'b))))
(dynamic-wind (lambda () (note 'consumer-in))
              (lambda () (note (dw2)) (note (dw2)))
              (lambda () (note 'consumer-out)))
(display (reverse log))
(newline)

;; guard around yields: the handler is the body's again after each resume, and
;; catching after a resume from a different place continues in the body
(define (raiser-body yield)
  (guard (e ((symbol? e) (yield (list 'caught e)) 'after-catch))
    (yield 'before)
    (raise 'boom)))
(define gg (make-coroutine-generator raiser-body))
(display (list (gg) (let ((v (gg))) (list 'from-here v)) (gg)))
(newline)
;; an error that escapes the body reaches the consumer's guard
(define ge (make-coroutine-generator (lambda (yield) (yield 1) (error "body failed" 42))))
(display (list (ge) (guard (e ((error-object? e) (list 'consumer-caught (error-object-message e) (error-object-irritants e))))
                      (ge))))
(newline)
;; with-exception-handler in the body, raise-continuable after a resume
(define gh (make-coroutine-generator
             (lambda (yield)
               (with-exception-handler
                 (lambda (c) (* c 100))
                 (lambda ()
                   (yield 'ready)
                   (yield (+ 1 (raise-continuable 5))))))))
(display (with-exception-handler (lambda (c) 'consumer-handler)
           (lambda () (list (gh) (gh)))))
(newline)

;; parameterize: the body sees its own bindings after each resume, the consumer its own
(define p (make-parameter 'global))
(define gp (make-coroutine-generator
             (lambda (yield)
               (yield (p))
               (parameterize ((p 'body))
                 (yield (p))
                 (yield (p)))
               (yield (p)))))
(display (list (gp)
               (parameterize ((p 'consumer)) (list (gp) (p)))
               (gp)
               (parameterize ((p 'consumer-2)) (gp))))
(newline)

;; multi-shot: a composable continuation captured inside a generator body is
;; invoked twice, and a yield inside it is reached once per invocation
(define gm (make-coroutine-generator
             (lambda (yield)
               (yield (reset (+ 1 (shift k (k (k 10))))))
               (yield (reset (let ((x (shift k (list (k 1) (k 2))))) (yield (list 'inside x)) (* x 100)))))))
(display (generator->list gm))
(newline)
;; the same with call-with-prompt / abort-to-prompt and a stored continuation
(define tag (make-prompt-tag 'multi))
(define saved #f)
(define gs (make-coroutine-generator
             (lambda (yield)
               (yield (call-with-prompt tag
                        (lambda () (+ 1000 (abort-to-prompt tag 'captured)))
                        (lambda (k v) (set! saved k) v))))))
(display (list (gs) (saved 1) (saved 2) (eof-object? (gs))))
(newline)

;; generators built from coroutine generators compose
(display (generator->list (gtake (gfilter odd? (tree-walker '((1 2) (3 (4 5 6 7)) 9))) 3)))
(newline)
