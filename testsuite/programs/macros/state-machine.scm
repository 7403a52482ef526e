;; A macro-heavy program: a syntax-rules state machine (the classic automaton
;; macro: states become mutually recursive procedures) and a loop macro with
;; nested ellipses.
(define-syntax automaton
  (syntax-rules (: ->)
    ((_ init-state
        (state : (label -> target) ...)
        ...)
     (letrec ((state
               (lambda (stream)
                 (cond ((null? stream) #t)
                       (else
                        (case (car stream)
                          ((label) (target (cdr stream)))
                          ...
                          (else #f))))))
              ...)
       init-state))))

;; accepts c(a|d)*r
(define cadr-ish?
  (automaton init
    (init : (c -> more))
    (more : (a -> more)
            (d -> more)
            (r -> end))
    (end : )))
(display (map cadr-ish? '((c a d a r) (c a d a) (c x r) (c r)))) (newline)

;; (for-each-nested ((x in xs) (y in ys) ...) body): nested loops
(define-syntax nested-loop
  (syntax-rules (in)
    ((_ () body ...) (begin body ...))
    ((_ ((var in list) more ...) body ...)
     (for-each (lambda (var) (nested-loop (more ...) body ...)) list))))
(nested-loop ((x in '(1 2)) (y in '(a b)) (z in '(#t)))
  (display (list x y z)))
(newline)

;; a loop macro with nested ellipses: named clauses of bindings and steps
(define-syntax loop
  (syntax-rules (with until do)
    ((_ (with (var init step ...) ...) (until test result) (do body ...))
     (let lp ((var init) ...)
       (if test
           result
           (begin body ... (lp (begin var step ...) ...)))))))
(display
 (loop (with (i 0 (+ i 1)) (acc '() (cons i acc)))
       (until (= i 5) (reverse acc))
       (do)))
(newline)

;; a let-like macro that builds pairs from parallel nested lists: ((a b) ...) ... flattened
(define-syntax pairs-of
  (syntax-rules ()
    ((_ ((k v) ...) ...) '((k . v) ... ...))))
(display (pairs-of ((a 1) (b 2)) ((c 3)))) (newline)

;; recursive macro producing a definition sequence
(define-syntax define-constants
  (syntax-rules ()
    ((_) (begin))
    ((_ (name value) rest ...) (begin (define name value) (define-constants rest ...)))))
(define-constants (one 1) (two 2) (three 3))
(display (+ one two three)) (newline)
