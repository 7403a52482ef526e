;; nqueens: count the solutions of the 10-queens problem by list search
;; (the classic Gabriel-suite kernel), 10 times, summed. 724 solutions each.
;; expected: 7240
(define (iota1 n)
  (let loop ((i n) (l '()))
    (if (= i 0) l (loop (- i 1) (cons i l)))))

(define (ok? row dist placed)
  (if (null? placed)
      #t
      (and (not (= (car placed) (+ row dist)))
           (not (= (car placed) (- row dist)))
           (ok? row (+ dist 1) (cdr placed)))))

(define (try-it x y z)
  (if (null? x)
      (if (null? y) 1 0)
      (+ (if (ok? (car x) 1 z)
             (try-it (append (cdr x) y) '() (cons (car x) z))
             0)
         (try-it (cdr x) (cons (car x) y) z))))

(define (queens board-size)
  (try-it (iota1 board-size) '() '()))

(define (run)
  (let loop ((i 0) (sum 0))
    (if (= i 10)
        sum
        (loop (+ i 1) (+ sum (queens 10))))))
