;; A generator body suspended inside a prompt of its own (a guard, call/ec) and
;; resumed from a consumer with other dynamic-wind extents: an abort to that inner
;; prompt leaves only the body's extents. The prompt used to remember the extents of
;; the first consumer, so the abort either failed ("the dynamic-wind list does not
;; extend the prompt's") or ran the second consumer's after thunks.
(import (scheme base) (scheme write) (srfi 158) (pogo control))

(define log '())
(define (note x) (set! log (cons x log)))

(define g
  (make-coroutine-generator
   (lambda (yield)
     (let loop ((i 0))
       (when (< i 3)
         (yield (guard (e (#t (list 'caught e)))
                  (yield i)
                  (raise i)))
         (loop (+ i 1)))))))

(define (in-extent name thunk)
  (dynamic-wind (lambda () (note (list 'in name)))
                thunk
                (lambda () (note (list 'out name)))))

(define values-seen
  (list (g)                                ; 0, from inside the guard
        (in-extent 'a g)                   ; (caught 0): the raise, resumed inside extent a
        (in-extent 'b (lambda () (in-extent 'c g)))   ; 1
        (in-extent 'd g)                   ; (caught 1)
        (parameterize () (g))              ; 2
        (with-exception-handler (lambda (e) 'outer-handler) g)   ; (caught 2): the guard's handler, not this one
        (g)))                              ; end of file
(write values-seen)
(newline)
;; every extent was entered and left once, in order
(write (reverse log))
(newline)

;; call/ec in the body: its escape is a prompt of its own too
(define h
  (make-coroutine-generator
   (lambda (yield)
     (yield (call/ec (lambda (escape)
                       (yield 'inside)
                       (escape 'escaped)
                       'not-here))))))
(write (list (h) (in-extent 'e h) (in-extent 'f h)))
(newline)
