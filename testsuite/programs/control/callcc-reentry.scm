;; A continuation captured 10,000 calls deep, resumed 10,000 times: each
;; resumption finishes the same recursion with a different value.
(define saved #f)
(define (deep n)
  (if (= n 0)
      (call/cc (lambda (k) (set! saved k) 0))
      (+ 1 (deep (- n 1)))))
(define results '())
(define count 0)
(let ((r (deep 10000)))
  (set! results (cons r results))
  (set! count (+ count 1))
  (if (< count 10000) (saved count)))
;; the first answer is 10000, then 10001 ... 19999
(display (length results)) (newline)
(display (car results)) (newline)
(display (car (reverse results))) (newline)
(define (all-right? rs expected)
  (cond ((null? rs) #t)
        ((= (car rs) expected) (all-right? (cdr rs) (- expected 1)))
        (else #f)))
(display (all-right? results 19999)) (newline)

;; multi-shot: the same continuation of a non-tail call, re-entered from outside
(define k2 #f)
(define trail '())
(set! trail (cons (* 10 (call/cc (lambda (k) (set! k2 k) 1))) trail))
(if (< (length trail) 4) (k2 (+ (length trail) 1)))
(display trail) (newline)

;; escaping from deep inside a map
(display (call/cc (lambda (return)
                    (map (lambda (x) (if (negative? x) (return x) (* x 2))) '(1 2 -3 4)))))
(newline)
