;; A Pogo procedure that Java runs on a thread of its own runs under a prompt with
;; the default tag: the top level of that thread. An abort to it ends the procedure
;; with the abort's value, after leaving its dynamic extents; a continuation captured
;; there ends at it.
(import (scheme base) (scheme write) (pogo control) (pogo java))
(import-java (java.lang Thread) (java.util.concurrent Executors Callable TimeUnit))

(define pool (Executors:newSingleThreadExecutor))
(define (on-thread thunk) (.get (.submit pool (implement Callable (call () (thunk))))))

(define trail '())
(display (on-thread (lambda ()
                      (dynamic-wind
                        (lambda () (set! trail (cons 'in trail)))
                        (lambda () (+ 1 (abort-to-prompt (default-prompt-tag) 41)))
                        (lambda () (set! trail (cons 'out trail)))))))
(newline)
(display (reverse trail))
(newline)
;; re-entering a continuation captured on the thread, from the same thread
(display (on-thread (lambda ()
                      (let* ((k #f)
                             (n (call/cc (lambda (c) (set! k c) 0))))
                        (if (< n 3) (k (+ n 1)) (list 'reentered n))))))
(newline)
(.shutdown pool)
(display (.awaitTermination pool 10 TimeUnit:SECONDS))
(newline)
