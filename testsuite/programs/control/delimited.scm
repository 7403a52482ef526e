;; Delimited continuations (pogo control): call-with-prompt / abort-to-prompt with
;; Guile's semantics, shift/reset, control/prompt, call/ec; their interaction with
;; dynamic-wind, parameterize and exception handlers; multi-shot re-entry.
(import (scheme base) (scheme write) (pogo control))

(define tag (make-prompt-tag 'demo))

;; the handler gets the continuation and the abort's values; k is multi-shot
(display (call-with-prompt tag
           (lambda () (+ 10 (abort-to-prompt tag 5)))
           (lambda (k v) (list 'aborted v (k 100) (k 200)))))
(newline)
;; a value returning normally passes through the prompt
(display (call/p tag (lambda () 'normal) (lambda (k) 'never))) (newline)
;; any object can be a tag (compared with eq?), and the nearest prompt with it wins
(display (call/p 'outer
           (lambda () (call/p 'inner (lambda () (abort-to-prompt 'outer 'skipped-inner)) (lambda (k v) 'inner-handler)))
           (lambda (k v) (list 'outer-handler v))))
(newline)

;; shift/reset and control/prompt
(display (reset (+ 1 (shift k (k (k 10)))))) (newline)                 ; 12
(display (* 2 (reset (+ 1 (shift k 5))))) (newline)                    ; 10
(display (reset (cons 'a (shift k (cons 'b (k '())))))) (newline)      ; (b a)
(display (prompt (cons 'a (control k (cons 'b (k '())))))) (newline)   ; (b a)
;; the difference: shift's k keeps a reset around each use, control's does not
(display (reset (let ((x (shift k (cons 1 (k 2))))) (shift k2 (list 'inner x))))) (newline)
(display (prompt (let ((x (control k (cons 1 (k 2))))) (control k2 (list 'inner x))))) (newline)
(display (+ 1 (call/ec (lambda (escape) (+ 100 (escape 41)))))) (newline)

;; the five-line cooperative scheduler of the Urn post, with call/p
(define queue '())
(define (spawn thunk) (set! queue (append queue (list thunk))))
(define (yield) (abort-to-prompt 'scheduler))
(define (run-all)
  (unless (null? queue)
    (let ((task (car queue)))
      (set! queue (cdr queue))
      (call/p 'scheduler task (lambda (k) (spawn k)))
      (run-all))))
(define (task name n)
  (lambda () (do ((i 0 (+ i 1))) ((= i n)) (display name) (display i) (display " ") (yield))))
(spawn (task 'a 3)) (spawn (task 'b 2)) (spawn (task 'c 3))
(run-all)
(newline)

;; a generator of a tree's leaves, resumed from outside the walk: same fringe
(define (tree->generator tree)
  (define gen-tag (make-prompt-tag 'gen))
  (define resume #f)
  (lambda ()
    (call/p gen-tag
      (lambda ()
        (if resume
            (resume)
            (let walk ((t tree))
              (cond ((null? t) #f)
                    ((pair? t) (walk (car t)) (walk (cdr t)))
                    (else (abort-to-prompt gen-tag t)))))
        'done)
      (lambda (k leaf) (set! resume k) leaf))))
(define (same-fringe? a b)
  (let ((ga (tree->generator a)) (gb (tree->generator b)))
    (let loop ()
      (let ((x (ga)) (y (gb)))
        (cond ((not (eqv? x y)) #f) ((eq? x 'done) #t) (else (loop)))))))
(display (list (same-fringe? '(1 (2 3) 4) '((1 2) (3 4))) (same-fringe? '(1 2) '(1 (3)))))
(newline)

;; dynamic-wind: an abort leaves the extents since the prompt; each re-entry enters them again
(define trail '())
(define (note x) (set! trail (cons x trail)))
(define saved #f)
(call/p tag
  (lambda ()
    (dynamic-wind
      (lambda () (note 'in1))
      (lambda ()
        (dynamic-wind (lambda () (note 'in2))
                      (lambda () (abort-to-prompt tag) (note 'body))
                      (lambda () (note 'out2))))
      (lambda () (note 'out1))))
  (lambda (k) (set! saved k) (note 'handler)))
(note 'resume-1)
(saved)
(note 'resume-2)
;; re-entered inside another extent: its winders stay below the reinstated ones
(dynamic-wind (lambda () (note 'around-in)) (lambda () (saved)) (lambda () (note 'around-out)))
(display (reverse trail)) (newline)

;; parameterize and exception handlers captured in a delimited continuation come back with it
(define p (make-parameter 'outer))
(define k-param #f)
(call/p tag (lambda () (parameterize ((p 'inner)) (abort-to-prompt tag) (display (p)) (newline)))
            (lambda (k) (set! k-param k)))
(k-param)
(display (p)) (newline)
(define k-handler #f)
(call/p tag (lambda ()
              (display (with-exception-handler
                         (lambda (c) (list 'handled c))
                         (lambda () (abort-to-prompt tag) (raise-continuable 'oops))))
              (newline))
            (lambda (k) (set! k-handler k)))
(k-handler)

;; a prompt around a deep recursion: the abort happens 100,000 calls deep and the
;; continuation is resumed twice with different values
(define (deep n) (if (= n 0) (abort-to-prompt tag) (+ 1 (deep (- n 1)))))
(display (call/p tag (lambda () (deep 100000)) (lambda (k) (list (k 1) (k 2)))))
(newline)
;; a composable continuation takes any number of values
(display (call/p tag (lambda () (call-with-values (lambda () (abort-to-prompt tag)) list)) (lambda (k) (k 1 2 3 4 5))))
(newline)

;; a full continuation taken outside a prompt, invoked inside it: the jump leaves the
;; prompt (from tail position, where it is made without an unwind, and from under a frame)
(display (+ 1 (call/cc (lambda (out) (call/p tag (lambda () (out 5)) (lambda (k) 'aborted))))))
(newline)
(display (+ 1 (call/cc (lambda (out) (call/p tag (lambda () (* 2 (out 5))) (lambda (k) 'aborted))))))
(newline)
;; and one taken inside a prompt, re-entered from outside it after the prompt has returned
(define inside #f)
(define entries 0)
(display (call/p tag (lambda () (list 'in (call/cc (lambda (k) (set! inside k) 0)))) (lambda (k) 'aborted)))
(newline)
(set! entries (+ entries 1))
(if (< entries 3) (inside entries))
(display "after re-entries") (newline)

;; prompts installed, aborted to and resumed from tail position, where no unwind is needed
(define (tail-abort) (abort-to-prompt tag 'a 'b))
(display (call/p tag (lambda () (call/p tag tail-abort (lambda (k x y) (list 'inner x y (k 1))))) (lambda (k . xs) 'outer)))
(newline)
(display (call/p tag (lambda () (+ 1 (abort-to-prompt tag))) (lambda (k) (k 41))))
(newline)
(display (call/p tag (lambda () (* 2 (abort-to-prompt tag))) (lambda (k) (list (k 1) (k 2) (k 3)))))
(newline)
(define (nested-prompts n)
  (if (= n 0)
      (abort-to-prompt tag 'bottom)
      (call/p tag (lambda () (nested-prompts (- n 1))) (lambda (k v) (k (list n v))))))
(display (call/p tag (lambda () (nested-prompts 5)) (lambda (k v) (list 'outer v))))
(newline)
