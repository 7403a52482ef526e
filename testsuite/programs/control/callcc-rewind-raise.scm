;; A before thunk that raises while a continuation jump re-enters its extent: the
;; handler in effect is the one the jump re-entered (the first guard's), as in Chez
;; Scheme. The before thunks used to run before the frames were reinstated, so the
;; guard's handler aborted to a prompt that was not there yet ("no prompt with tag").
(define (show . xs) (for-each display xs) (newline))
(define (try thunk)
  (guard (e (#t (show "caught " e)))
    (show (thunk))))
(define (main)
  (define trace '())
  (define (note x) (set! trace (cons x trace)))
  (let ((k #f) (n 0))
    (try (lambda ()
           (dynamic-wind
            (lambda () (note 'before) (when (> n 0) (raise (list 'entering n))))
            (lambda () (call/cc (lambda (c) (set! k c))) 'body)
            (lambda () (note 'after)))))
    ;; each jump fails in the before thunk and so returns from the first try again
    (set! n (+ n 1))
    (when (< n 3) (try (lambda () (k 'again)))))
  (show (reverse trace)))
(main)
