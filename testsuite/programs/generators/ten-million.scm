;; Issue 4's must-show: a generator yielding 10,000,000 values from inside a
;; recursive tree walk and a for-each. The tree is built over the range [0, 10^7):
;; inner nodes split it in two, each of the 1,024 leaves holds its offset, and the
;; walk yields, for every element of a shared 9,766-element list (the last leaf
;; takes what is left), the element plus the offset. The consumer checks the count,
;; the sum, the order (every value one more than the one before) and the end.
(import (scheme base) (scheme write) (scheme time) (scheme process-context) (pogo generator)
        (only (srfi 1) iota))

(define n 10000000)
(define leaves 1024)
(define chunk-size (quotient n leaves))     ; 9,765 ... the last leaf takes the rest
(define chunk (iota (+ chunk-size 1)))

;; a node: (left . right) or a leaf #(offset count)
(define (build offset count depth)
  (if (= depth 10)
      (vector offset count)
      (let ((half (* chunk-size (quotient leaves (expt 2 (+ depth 1))))))
        (cons (build offset half (+ depth 1))
              (build (+ offset half) (- count half) (+ depth 1))))))

(define tree (build 0 n 0))

(define (walk tree yield)
  (if (pair? tree)
      (begin (walk (car tree) yield) (walk (cdr tree) yield))
      (let ((offset (vector-ref tree 0)) (count (vector-ref tree 1)))
        (if (<= count (length chunk))
            (for-each (lambda (i) (when (< i count) (yield (+ offset i)))) chunk)
            (let loop ((i 0)) (when (< i count) (yield (+ offset i)) (loop (+ i 1))))))))

(define start (current-jiffy))
(define g (generator (yield) (walk tree yield)))
(define-values (count sum in-order)
  (let loop ((count 0) (sum 0) (expect 0) (in-order #t))
    (let ((v (g)))
      (if (eof-object? v)
          (values count sum in-order)
          (loop (+ count 1) (+ sum v) (+ v 1) (and in-order (= v expect)))))))
(define elapsed (- (current-jiffy) start))

(display (list 'count count 'sum sum 'in-order in-order)) (newline)
(display (and (= count n) (= sum (quotient (* n (- n 1)) 2)))) (newline)
(display (eof-object? (g))) (newline)
(when (member "--time" (command-line))
  (display (list 'ns-per-yield (quotient (quotient (* elapsed 1000000000) (jiffies-per-second)) n)) (current-error-port))
  (newline (current-error-port)))
