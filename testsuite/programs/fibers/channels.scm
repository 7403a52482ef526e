;; (pogo fibers): cooperative scheduling, sleep ordering, unbounded, bounded and
;; rendezvous channels, select over several operations.
(import (scheme base) (scheme write) (pogo fibers))

(define log '())
(define (note x) (set! log (cons x log)))

(run-fibers
  (lambda ()
    ;; yield interleaves fibres round-robin
    (spawn (lambda () (do ((i 0 (+ i 1))) ((= i 3)) (note (list 'a i)) (yield))))
    (spawn (lambda () (do ((i 0 (+ i 1))) ((= i 3)) (note (list 'b i)) (yield))))))
(display (reverse log)) (newline)

(set! log '())
(run-fibers
  (lambda ()
    ;; sleepers wake in deadline order, whatever order they slept in
    (spawn (lambda () (sleep 0.03) (note 'thirty)))
    (spawn (lambda () (sleep 0.01) (note 'ten)))
    (spawn (lambda () (sleep 0.02) (note 'twenty)))))
(display (reverse log)) (newline)

(set! log '())
(run-fibers
  (lambda ()
    ;; a rendezvous channel: the putter waits for the getter
    (define ch (make-channel 0))
    (spawn (lambda () (note 'put-start) (channel-put ch 'hello) (note 'put-done)))
    (spawn (lambda () (note 'get-start) (note (channel-get ch))))))
(display (reverse log)) (newline)

(set! log '())
(run-fibers
  (lambda ()
    ;; a bounded channel of 2: the third put blocks until a get makes room
    (define ch (make-channel 2))
    (spawn (lambda () (for-each (lambda (x) (channel-put ch x) (note (list 'put x))) '(1 2 3 4))))
    (spawn (lambda () (yield) (note (list 'got (channel-get ch))) (yield) (note (list 'got (channel-get ch)))
                      (note (list 'got (channel-get ch))) (note (list 'got (channel-get ch)))))))
(display (reverse log)) (newline)

(run-fibers
  (lambda ()
    ;; select takes whichever channel is ready first
    (define fast (make-channel))
    (define slow (make-channel))
    (spawn (lambda () (sleep 0.02) (channel-put slow 'slow)))
    (spawn (lambda () (sleep 0.01) (channel-put fast 'fast)))
    (call-with-values (lambda () (select (get-operation slow) (get-operation fast)))
      (lambda (index value) (display (list index value)) (newline)))
    (call-with-values (lambda () (select (get-operation slow) (get-operation fast)))
      (lambda (index value) (display (list index value)) (newline)))))

;; a pipeline of fibres
(run-fibers
  (lambda ()
    (define (stage in f)
      (let ((out (make-channel)))
        (spawn (lambda () (let loop () (let ((x (channel-get in))) (channel-put out (if (eof-object? x) x (f x))) (unless (eof-object? x) (loop))))))
        out))
    (define source (make-channel))
    (define sink (stage (stage source (lambda (x) (* x x))) (lambda (x) (+ x 1))))
    (spawn (lambda () (for-each (lambda (x) (channel-put source x)) '(1 2 3 4)) (channel-put source (eof-object))))
    (let loop ((acc '()))
      (let ((x (channel-get sink)))
        (if (eof-object? x) (begin (display (reverse acc)) (newline)) (loop (cons x acc)))))))

;; fibres are ordinary code: a yield from inside map and dynamic-wind
(set! log '())
(run-fibers
  (lambda ()
    (spawn (lambda ()
             (dynamic-wind (lambda () (note 'in)) (lambda () (map (lambda (x) (yield) x) '(1 2))) (lambda () (note 'out)))))
    (spawn (lambda () (note 'other) (yield) (note 'other-again)))))
(display (reverse log)) (newline)
(display (guard (e ((error-object? e) (error-object-message e))) (sleep 1))) (newline)
