;; Invoking a continuation that is already the current one. Reached through tail
;; calls only, (k v) returns v where it is; with any frame waiting in between (a
;; non-tail call, apply or case-lambda under one, dynamic-wind, parameterize, a
;; handler) it must still jump. Each line shows what a wrong choice would change.
(define (show label value) (display label) (display ": ") (write value) (newline))

;; tail position in the receiver, under a frame of the caller
(show "tail" (+ 1 (call/cc (lambda (k) (k 41)))))
;; a frame of the receiver's own waits: the jump must drop it (not 142)
(show "non-tail" (+ 1 (call/cc (lambda (k) (+ 100 (k 41))))))
(show "apply, non-tail" (+ 1 (call/cc (lambda (k) (* 2 (apply k '(20)))))))
(show "apply, tail" (+ 1 (call/cc (lambda (k) (apply k '(20))))))
(define pass-on
  (case-lambda
    ((k v) (k v))
    ((k) (k 0))))
(show "case-lambda, non-tail" (+ 1 (call/cc (lambda (k) (- (pass-on k 5))))))
(show "case-lambda, tail" (+ 1 (call/cc (lambda (k) (pass-on k 5)))))

;; long chains: tail calls only, and non-tail calls deep enough to give up the
;; JVM stack on the way (the continuation is then no longer the current one)
(define (pass k n) (if (= n 0) (k 'done) (pass k (- n 1))))
(show "100000 tail calls" (list (call/cc (lambda (k) (pass k 100000)))))
(define (deep k n) (if (= n 0) (k 'out) (+ 1 (deep k (- n 1)))))
(show "10 non-tail calls" (list (call/cc (lambda (k) (deep k 10)))))
(show "100000 non-tail calls" (list (call/cc (lambda (k) (deep k 100000)))))

;; several values, and the extents and handlers between
(show "values" (call-with-values (lambda () (call/cc (lambda (k) (k 1 2 3)))) list))
(show "dynamic-wind"
      (let ((trace '()))
        (let ((v (call/cc
                  (lambda (k)
                    (dynamic-wind
                     (lambda () (set! trace (cons 'in trace)))
                     (lambda () (k 'jumped))
                     (lambda () (set! trace (cons 'out trace))))))))
          (list v (reverse trace)))))
(define p (make-parameter 1))
(show "parameterize" (+ (call/cc (lambda (k) (parameterize ((p 2)) (k (p))))) (p)))
(show "guard"
      (guard (e (#t (list 'caught e)))
        (+ 1 (call/cc (lambda (k) (k (raise 'boom)))))))
(show "handler"
      (with-exception-handler
       (lambda (e) 10)
       (lambda () (+ 1 (call/cc (lambda (k) (k (raise-continuable 'again))))))))

;; re-entry: the continuation of a let is invoked again from its body
(show "re-entry"
      (let ((saved #f) (count 0) (acc '()))
        (let ((v (call/cc (lambda (k) (set! saved k) (k 0)))))
          (set! acc (cons v acc))
          (set! count (+ count 1))
          (if (< count 4) (saved count) (reverse acc)))))
;; escape from a procedure passed to map
(show "map escape" (call/cc (lambda (k) (map (lambda (x) (if (negative? x) (k x) x)) '(1 -2 3)))))
;; fibc's shape: every return through call/cc
(define (fibc n)
  (call/cc (lambda (k) (if (< n 2) (k n) (k (+ (fibc (- n 1)) (fibc (- n 2))))))))
(show "fibc 20" (fibc 20))

;; call/cc itself reached through tail calls only: its continuation is all in the
;; heap already, and the receiver is called with no unwind
(define (tail-capture x) (call/cc (lambda (k) (if (> x 0) (k (* x 10)) x))))
(show "tail capture" (call/cc (lambda (k0) (list (tail-capture 4) (call/cc (lambda (k1) (tail-capture 0)))))))
(show "tail capture, re-entered"
      (let ((saved #f) (acc '()))
        (let ((v (call/cc (lambda (k0) (call/cc (lambda (k) (set! saved k) 0))))))
          (set! acc (cons v acc))
          (if (< v 3) (saved (+ v 1)) (reverse acc)))))
(show "tail capture in dynamic-wind"
      (let ((trace '()))
        (let ((v (dynamic-wind
                  (lambda () (set! trace (cons 'in trace)))
                  (lambda () (call/cc (lambda (k0) (call/cc (lambda (k) (k 'v))))))
                  (lambda () (set! trace (cons 'out trace))))))
          (list v (reverse trace)))))
(show "tail capture, escape out of dynamic-wind"
      (let ((trace '()))
        (let ((v (call/cc
                  (lambda (out)
                    (dynamic-wind
                     (lambda () (set! trace (cons 'in trace)))
                     (lambda () (call/cc (lambda (k0) (call/cc (lambda (k) (out 'escaped))))))
                     (lambda () (set! trace (cons 'out trace))))))))
          (list v (reverse trace)))))

;; jumps to another continuation through tail calls only: made without an unwind
(show "jump out" (+ 1 (call/cc (lambda (out) (+ 10 (call/cc (lambda (inner) (out 5))))))))
(show "jump out, values" (call-with-values (lambda () (call/cc (lambda (out) (+ 10 (call/cc (lambda (inner) (out 1 2))))))) list))
(define (make-gen n)
  (define return #f)
  (define resume #f)
  (define (produce)
    (let loop ((i 0))
      (when (< i n)
        (call/cc (lambda (k) (set! resume k) (return i)))
        (loop (+ i 1))))
    (return 'done))
  (lambda ()
    (call/cc (lambda (r) (set! return r) (if resume (resume #f) (produce))))))
(show "generator"
      (let ((next (make-gen 5)))
        (let loop ((acc '()))
          (let ((x (next)))
            (if (eq? x 'done) (reverse acc) (loop (cons x acc)))))))
(show "two generators interleaved"
      (let ((a (make-gen 3)) (b (make-gen 4)))
        (let loop ((acc '()))
          (let* ((x (a)) (y (b)))
            (if (eq? y 'done) (reverse acc) (loop (cons (list x y) acc)))))))
