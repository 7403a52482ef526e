;; deriv: symbolic differentiation (d/dx) of a small polynomial, the classic
;; Gabriel kernel: list construction with cons/list/map, dispatch on symbols with
;; eq?. 50,000 times; the pairs of each result are counted by a non-tail walk
;; (a subexpression shared by the product rule counts each time) and summed.
;; expected: 3000000
(define (deriv e)
  (cond ((not (pair? e)) (if (eq? e 'x) 1 0))
        ((eq? (car e) '+) (cons '+ (map deriv (cdr e))))
        ((eq? (car e) '-) (cons '- (map deriv (cdr e))))
        ;; d(u v w) = (u v w) (du/u + dv/v + dw/w)
        ((eq? (car e) '*)
         (list '* e (cons '+ (map (lambda (f) (list '/ (deriv f) f)) (cdr e)))))
        ;; d(u / v) = du/v - u/(v v dv), as the classic kernel writes it
        ((eq? (car e) '/)
         (list '-
               (list '/ (deriv (cadr e)) (caddr e))
               (list '/ (cadr e) (list '* (caddr e) (caddr e) (deriv (caddr e))))))
        (else (error "deriv: unknown operator" (car e)))))

(define (count-pairs t)
  (if (pair? t)
      (+ 1 (count-pairs (car t)) (count-pairs (cdr t)))
      0))

(define expression '(+ (* 3 x x) (* a x x) (* b x) 5))

(define (run)
  (let loop ((i 0) (sum 0))
    (if (= i 50000)
        sum
        (loop (+ i 1) (+ sum (count-pairs (deriv expression)))))))
