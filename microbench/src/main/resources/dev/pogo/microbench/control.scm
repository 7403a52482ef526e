;; Delimited and undelimited control, n operations per run; each loop returns a
;; sum to check. The generators and the coroutine are made once per run, which
;; n operations amortise.

;; SRFI 158's generator on prompts: one yield and one resume per value.
(define (prompt-generator-loop n)
  (let ((g (make-coroutine-generator
            (lambda (yield) (do ((i 0 (+ i 1))) ((= i n)) (yield i))))))
    (let loop ((sum 0))
      (let ((x (g)))
        (if (eof-object? x) sum (loop (+ sum x)))))))

;; The classic generator of call/cc re-entry (testsuite/bench/generator.scm):
;; per value, two captures and two continuation invocations.
(define (make-callcc-generator n)
  (define return #f)
  (define resume-producer #f)
  (define (produce)
    (let loop ((i 0))
      (if (< i n)
          (begin
            (call/cc (lambda (k)
                       (set! resume-producer k)
                       (return i)))
            (loop (+ i 1)))))
    (return 'done))
  (lambda ()
    (call/cc (lambda (r)
               (set! return r)
               (if resume-producer
                   (resume-producer #f)
                   (produce))))))

(define (callcc-generator-loop n)
  (let ((next (make-callcc-generator n)))
    (let loop ((sum 0))
      (let ((x (next)))
        (if (eq? x 'done) sum (loop (+ sum x)))))))

;; (pogo coroutine): one resume and one yield, two switches, per operation.
(define (coroutine-switch-loop n)
  (let ((co (make-coroutine (lambda (x) (let loop ((x x)) (loop (yield (+ x 1))))))))
    (let loop ((i 0) (x 0))
      (if (= i n) x (loop (+ i 1) (resume co x))))))

;; call/cc captured and its continuation invoked at once: an escape.
(define (callcc-escape-loop n)
  (let loop ((i 0) (sum 0))
    (if (= i n) sum (loop (+ i 1) (+ sum (call/cc (lambda (k) (k i))))))))

;; call/cc captured and never invoked: the receiver returns normally.
(define (callcc-capture-loop n)
  (let loop ((i 0) (sum 0))
    (if (= i n) sum (loop (+ i 1) (+ sum (call/cc (lambda (k) i)))))))

(define tag (make-prompt-tag 'microbench))

;; A prompt installed and aborted to: the handler gets the continuation and i.
(define (abort-loop n)
  (let loop ((i 0) (sum 0))
    (if (= i n)
        sum
        (loop (+ i 1) (+ sum (call/p tag (lambda () (abort-to-prompt tag i)) (lambda (k v) v)))))))

;; The same prompt, left by a normal return: what abort-loop pays for the prompt alone.
(define (prompt-loop n)
  (let loop ((i 0) (sum 0))
    (if (= i n)
        sum
        (loop (+ i 1) (+ sum (call/p tag (lambda () i) (lambda (k v) v)))))))
