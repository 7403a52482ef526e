;; Generators written in direct style: the body yields from inside ordinary
;; recursion and for-each; the consumer pulls values one at a time.
(import (scheme base) (scheme write) (pogo generator)
        (except (srfi 158) generator))   ; srfi 158 has a procedure of that name

(define (tree-leaves tree)
  (generator (yield)
    (let walk ((t tree))
      (cond ((null? t) 'done)
            ((pair? t) (walk (car t)) (walk (cdr t)))
            (else (yield t))))))

(define (same-fringe? a b)
  (let ((ga (tree-leaves a)) (gb (tree-leaves b)))
    (let loop ()
      (let ((x (ga)) (y (gb)))
        (cond ((and (eof-object? x) (eof-object? y)) #t)
              ((equal? x y) (loop))
              (else #f))))))

(display (same-fringe? '(1 (2 (3)) 4) '((1 2) 3 (4)))) (newline)
(display (generator->list (gtake (tree-leaves '((a b) (c (d e)) f)) 4))) (newline)
(display (generator-fold + 0 (make-iota-generator 1000000))) (newline)
