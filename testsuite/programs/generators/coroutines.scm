;; (pogo generator): direct-style generators; (pogo coroutine): resume/yield and transfer.
(import (scheme base) (scheme write) (pogo generator) (pogo coroutine))

;; generator: a thunk giving each yielded value, then the eof object
(define (count-up n) (generator (yield) (do ((i 0 (+ i 1))) ((= i n)) (yield i))))
(define g (count-up 3))
(display (list (g) (g) (g) (eof-object? (g)) (eof-object? (g)))) (newline)
;; consumed with a do loop
(do ((gen (count-up 5)) (v 'start (gen)) (acc '() (if (eq? v 'start) acc (cons v acc))))
    ((eof-object? v) (display (reverse acc)) (newline)))
;; and with the SRFI 158 consumers (pogo generator) re-exports
(display (generator->list (generator (y) (for-each y '(x y z))))) (newline)
(display (generator-fold + 0 (count-up 101))) (newline)
;; the yield procedure is first class
(define (walk-tree tree visit) (if (pair? tree) (begin (walk-tree (car tree) visit) (walk-tree (cdr tree) visit)) (unless (null? tree) (visit tree))))
(display (generator->list (generator (yield) (walk-tree '((a) (b (c))) yield)))) (newline)

;; asymmetric coroutines: the first resume's values are proc's arguments; each
;; yield's values are what resume returns; resume's values are what yield returns
(define co
  (make-coroutine
    (lambda (a b)
      (let-values (((x y) (yield (+ a b) 'first)))
        (let ((z (yield (* x y))))
          (list 'done z))))))
(display (list (coroutine? co) (coroutine? 'no) (coroutine-done? co))) (newline)
(call-with-values (lambda () (resume co 1 2)) (lambda vals (display vals) (newline)))
(display (resume co 6 7)) (newline)
(display (list (resume co 'last) (coroutine-done? co))) (newline)
(display (guard (e ((error-object? e) (error-object-message e))) (resume co))) (newline)
(display (guard (e ((error-object? e) (error-object-message e))) (yield 1))) (newline)

;; nested: a coroutine resuming another; yield goes to the innermost resume
(define inner (make-coroutine (lambda () (yield 'inner-1) (yield 'inner-2) 'inner-done)))
(define outer
  (make-coroutine
    (lambda ()
      (yield (list 'outer-got (resume inner)))
      (yield (list 'outer-got (resume inner)))
      (list 'outer-got (resume inner)))))
(display (list (resume outer) (resume outer) (resume outer) (coroutine-done? inner) (coroutine-done? outer)))
(newline)

;; symmetric transfer: a round robin of three coroutines passing a token; the
;; values one returns (or yields) go to whoever resumed the first
(define trail '())
(define a #f) (define b #f) (define c #f)
(define (station name next-ref)
  (lambda (token)
    (let loop ((token token))
      (set! trail (cons (list name token) trail))
      (if (>= token 6)
          (list 'stopped-at name token)
          (loop (transfer (next-ref) (+ token 1)))))))
(set! a (make-coroutine (station 'a (lambda () b))))
(set! b (make-coroutine (station 'b (lambda () c))))
(set! c (make-coroutine (station 'c (lambda () a))))
(display (resume a 0)) (newline)
(display (reverse trail)) (newline)
(display (map coroutine-done? (list a b c))) (newline)
;; a yield inside a transferred-to coroutine answers the original resume
(define p2 (make-coroutine (lambda (v) (yield (list 'p2-yields v)) 'p2-end)))
(define p1 (make-coroutine (lambda () (transfer p2 'from-p1) 'p1-resumed)))
(display (list (resume p1) (resume p2) (resume p1))) (newline)

;; dynamic-wind inside a coroutine: left at each yield, re-entered at each resume
(define log '())
(define dwc (make-coroutine
              (lambda ()
                (dynamic-wind (lambda () (set! log (cons 'in log)))
                              (lambda () (yield 1) (yield 2) 3)
                              (lambda () (set! log (cons 'out log)))))))
(display (list (resume dwc) (resume dwc) (resume dwc) (reverse log))) (newline)
