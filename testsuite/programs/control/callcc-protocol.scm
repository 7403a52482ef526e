;; call/cc's continuation object: any number of values through every entry point,
;; the dynamic-wind protocol on the slow path (extents differ) and the fast path
;; (they do not), and captures and jumps cut by preemption at every point.
;; A script, not a program: it needs the runtime's %step-mode.

(test-begin "call/cc protocol")

(define (values-of thunk) (call-with-values thunk list))

(test-equal "no values" '() (values-of (lambda () (call/cc (lambda (k) (k))))))
(test-equal "one value" '(1) (values-of (lambda () (call/cc (lambda (k) (k 1))))))
(test-equal "two values" '(1 2) (values-of (lambda () (call/cc (lambda (k) (k 1 2))))))
(test-equal "three values" '(1 2 3) (values-of (lambda () (call/cc (lambda (k) (k 1 2 3))))))
(test-equal "four values" '(1 2 3 4) (values-of (lambda () (call/cc (lambda (k) (k 1 2 3 4))))))
(test-equal "five values" '(1 2 3 4 5) (values-of (lambda () (call/cc (lambda (k) (k 1 2 3 4 5))))))
(test-equal "through apply" '(a b c) (values-of (lambda () (call/cc (lambda (k) (apply k '(a b c)))))))
(test-equal "as a procedure argument" 7 (call/cc (lambda (k) (for-each k '(7 8)) 'not-here)))
(test-assert "a continuation is a procedure" (call/cc procedure?))
(test-equal "the long name is the same procedure" 3
            (+ 1 (call-with-current-continuation (lambda (k) (k 2)))))

;; re-entering the body of a dynamic-wind runs its before thunk again
(define trail '())
(define (note x) (set! trail (cons x trail)))
(define saved #f)
(define count 0)
(dynamic-wind
  (lambda () (note 'in))
  (lambda () (call/cc (lambda (k) (set! saved k))) (set! count (+ count 1)) (note count))
  (lambda () (note 'out)))
(if (< count 3) (saved 'again))
(test-equal "re-entry runs before and after each time" '(in 1 out in 2 out in 3 out) (reverse trail))

;; leaving nested extents runs the after thunks innermost first, then enters the target's
(set! trail '())
(define target #f)
(define jumped #f)   ; before the capture: the jump re-runs what follows it
(dynamic-wind
  (lambda () (note 'a-in))
  (lambda () (call/cc (lambda (k) (set! target k))))
  (lambda () (note 'a-out)))
(unless jumped
  (set! jumped #t)
  (dynamic-wind
    (lambda () (note 'b-in))
    (lambda ()
      (dynamic-wind
        (lambda () (note 'c-in))
        (lambda () (target 'x))
        (lambda () (note 'c-out))))
    (lambda () (note 'b-out))))
(test-equal "out innermost first, then in" '(a-in a-out b-in c-in c-out b-out a-in a-out) (reverse trail))

;; a jump made from an after thunk, while another jump is unwinding
(set! trail '())
(test-equal "a jump from an after thunk wins" 'from-after
            (call/cc
              (lambda (outer)
                (call/cc
                  (lambda (inner)
                    (dynamic-wind
                      (lambda () (note 'in))
                      (lambda () (inner 'from-body))
                      (lambda () (note 'out) (outer 'from-after))))))))
(test-equal "its after thunk ran once" '(in out) (reverse trail))

;; the fast path: a continuation invoked in its own extent runs no thunk
(set! trail '())
(test-equal "same extent: no thunks" '(in 5 out)
            (begin
              (dynamic-wind
                (lambda () (note 'in))
                (lambda () (note (call/cc (lambda (k) (k 5)))))
                (lambda () (note 'out)))
              (reverse trail)))

;; a call/cc generator interrupted every N calls (the step mode engines use, with a
;; handler that counts with call/cc): the interrupt lands on captures and jumps whose
;; action is waiting for the stack to be empty, and they must go on intact
(define (generator-sum n)
  (define return #f)
  (define resume #f)
  (define (produce)
    (let loop ((i 0))
      (when (< i n)
        (call/cc (lambda (k) (set! resume k) (return i)))
        (loop (+ i 1))))
    (return 'done))
  (define (next)
    (call/cc (lambda (r) (set! return r) (if resume (resume #f) (produce)))))
  (let loop ((sum 0))
    (let ((x (next)))
      (if (eq? x 'done) sum (loop (+ sum x))))))

;; (value . interrupts)
(define (interrupted-every steps thunk)
  (define interrupts 0)
  (define (handler)
    ;; a capture and a jump of its own, while the interrupted one waits
    (set! interrupts (+ interrupts (call/cc (lambda (k) (k 1)))))
    (%step-mode steps handler))
  (%step-mode steps handler)
  (let ((v (thunk)))
    (%step-mode 0 #f)
    (cons v interrupts)))

(test-equal "the generator alone" 4950 (generator-sum 100))
(define (every-interval-agrees? max-steps)
  (let loop ((steps 1))
    (or (> steps max-steps)
        (and (= 4950 (car (interrupted-every steps (lambda () (generator-sum 100)))))
             (loop (+ steps 1))))))
(test-assert "interrupted every 1..40 steps, the sum is the same" (every-interval-agrees? 40))
(test-assert "every step: hundreds of interrupts"
             (> (cdr (interrupted-every 1 (lambda () (generator-sum 100)))) 400))

(test-end "call/cc protocol")
