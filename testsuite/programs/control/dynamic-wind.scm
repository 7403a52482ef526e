;; The before and after thunks of dynamic-wind run in the right order on every
;; jump in and out. Each test logs the events and prints the log.
(define log '())
(define (note x) (set! log (cons x log)))
(define (show) (display (reverse log)) (newline) (set! log '()))

;; normal entry and exit, nested
(dynamic-wind
  (lambda () (note 'in1))
  (lambda () (dynamic-wind (lambda () (note 'in2)) (lambda () (note 'body)) (lambda () (note 'out2))))
  (lambda () (note 'out1)))
(show)

;; escaping out of two levels with a continuation
(call/cc (lambda (k)
  (dynamic-wind
    (lambda () (note 'in1))
    (lambda () (dynamic-wind (lambda () (note 'in2)) (lambda () (k 'escaped) (note 'not-here)) (lambda () (note 'out2))))
    (lambda () (note 'out1)))))
(show)

;; re-entering a continuation captured inside two levels runs the befores again
(define reenter #f)
(define times 0)
(dynamic-wind
  (lambda () (note 'in1))
  (lambda ()
    (dynamic-wind
      (lambda () (note 'in2))
      (lambda () (call/cc (lambda (k) (set! reenter k))) (note 'body))
      (lambda () (note 'out2))))
  (lambda () (note 'out1)))
(set! times (+ times 1))
(if (< times 3) (reenter 'again))
(show)

;; jumping from one dynamic extent sideways into another: afters of the first
;; (innermost first), then befores of the second (outermost first)
(define into-b #f)
(define jumped #f)
(dynamic-wind
  (lambda () (note 'b-in))
  (lambda () (call/cc (lambda (k) (set! into-b k))) (note 'b-body))
  (lambda () (note 'b-out)))
(unless jumped
  (set! jumped #t)
  (dynamic-wind
    (lambda () (note 'a-in))
    (lambda () (dynamic-wind (lambda () (note 'a2-in)) (lambda () (into-b 'x)) (lambda () (note 'a2-out))))
    (lambda () (note 'a-out))))
(show)

;; the value of dynamic-wind is the value of its thunk, multiple values included
(call-with-values
  (lambda () (dynamic-wind (lambda () #f) (lambda () (values 1 2 3)) (lambda () #f)))
  (lambda (a b c) (display (list a b c)) (newline)))
