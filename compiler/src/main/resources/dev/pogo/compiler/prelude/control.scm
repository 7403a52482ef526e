;;; (pogo control): delimited continuations with Guile's call-with-prompt and
;;; abort-to-prompt, and shift/reset, control/prompt and call/ec built on them.
;;;
;;; The raw machinery (prompts as frames in the heap continuation, cutting and
;;; copying frames) is in the runtime (exec/Prompts.java). Here is the dynamic-wind
;;; protocol: an abort leaves the extents entered since the prompt (after thunks,
;;; innermost first), and reinstating the continuation re-enters them (before thunks,
;;; outermost first) on top of the winders current at that point. Exception handlers
;;; and parameterize are dynamic-wind extents, so they follow along.

(%export (pogo control)
  call-with-prompt call/p abort-to-prompt
  reset shift reset-at shift-at prompt control prompt-at control-at
  call-with-escape-continuation call/ec)

(define (call-with-prompt tag thunk handler)
  (%call-with-prompt tag thunk handler))

(define call/p call-with-prompt)

;; Leaves the n innermost extents. Counted, not up to the prompt's list: an after
;; thunk may be suspended (an engine expiring in it) and resumed on top of another
;; list, where the extents still to leave are the same number of innermost ones.
(define (%leave-extents n)
  (unless (= n 0)
    (let ((w (car (%winders))))
      (%set-winders! (cdr (%winders)))
      ((cdr w))
      (%leave-extents (- n 1)))))

(define (%enter-winders extents)   ; innermost first
  (unless (null? extents)
    (%enter-winders (cdr extents))
    ((car (car extents)))
    (%set-winders! (cons (car extents) (%winders)))))

(define (abort-to-prompt tag . vals)
  (let ((prompt-winders (%prompt-winders tag)))
    (if (eq? (%winders) prompt-winders)
        ;; no extent entered since the prompt (a generator's usual yield): nothing to leave or re-enter
        (%list->values (%abort-to-prompt tag vals))
        (let ((extents (%list-prefix (%winders) prompt-winders)))
          (%leave-extents (length extents))
          ;; returns only when the continuation handed to the handler is invoked
          (let ((resumed-with (%abort-to-prompt tag vals)))
            (%enter-winders extents)
            (%list->values resumed-with))))))

;; shift/reset: the body of shift runs inside a new reset, and its k reinstates the
;; reset too. control/prompt: k does not reinstate the prompt.
(define (%reset-at tag thunk)
  (call-with-prompt tag thunk (lambda (k body) (%reset-at tag (lambda () (body k))))))

(define (%shift-at tag receiver)
  (abort-to-prompt tag
    (lambda (k) (receiver (lambda vals (%reset-at tag (lambda () (apply k vals))))))))

(define (%prompt-at tag thunk)
  (call-with-prompt tag thunk (lambda (k body) (%prompt-at tag (lambda () (body k))))))

(define (%control-at tag receiver)
  (abort-to-prompt tag (lambda (k) (receiver k))))

(define-syntax reset-at
  (syntax-rules () ((_ tag body ...) (%reset-at tag (lambda () body ...)))))
(define-syntax shift-at
  (syntax-rules () ((_ tag k body ...) (%shift-at tag (lambda (k) body ...)))))
(define-syntax reset
  (syntax-rules () ((_ body ...) (%reset-at (default-prompt-tag) (lambda () body ...)))))
(define-syntax shift
  (syntax-rules () ((_ k body ...) (%shift-at (default-prompt-tag) (lambda (k) body ...)))))
(define-syntax prompt-at
  (syntax-rules () ((_ tag body ...) (%prompt-at tag (lambda () body ...)))))
(define-syntax control-at
  (syntax-rules () ((_ tag k body ...) (%control-at tag (lambda (k) body ...)))))
(define-syntax prompt
  (syntax-rules () ((_ body ...) (%prompt-at (default-prompt-tag) (lambda () body ...)))))
(define-syntax control
  (syntax-rules () ((_ k body ...) (%control-at (default-prompt-tag) (lambda (k) body ...)))))

;; an escape-only continuation: a prompt of its own, aborted to
(define (call-with-escape-continuation receiver)
  (let ((tag (make-prompt-tag 'escape)))
    (call-with-prompt tag
      (lambda () (receiver (lambda vals (apply abort-to-prompt tag vals))))
      (lambda (k . vals) (apply values vals)))))

(define call/ec call-with-escape-continuation)
