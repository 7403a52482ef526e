;; nqueens: count the solutions of the 8-queens problem by list search
;; (the classic Gabriel-suite kernel), 50 times, summed. 92 solutions each.
;; expected: 4600
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
    (if (= i 50)
        sum
        (loop (+ i 1) (+ sum (queens 8))))))
