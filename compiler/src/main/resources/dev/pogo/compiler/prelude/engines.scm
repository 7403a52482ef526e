;;; (pogo engines): Chez Scheme's engines. (make-engine thunk) makes an engine;
;;; (engine fuel complete expire) runs it for `fuel` ticks: if the computation
;;; finishes, (complete remaining-fuel value ...); if the fuel runs out first,
;;; (expire new-engine), where new-engine goes on from where it stopped.
;;;
;;; A tick is one call or loop iteration of Pogo code (primitives do not count), so
;;; where an engine stops depends only on the program: the same engine with the same
;;; fuel stops at the same point on every run. The count uses the runtime's step
;;; mode (Context.stepMode): the limit that compiled code compares the call depth
;;; with on every call and loop back-edge -- the one field read of DESIGN.md's point
;;; 10 -- is set to 0, so every call gives up the JVM stack and the driver counts it;
;;; when the count runs out it calls %engine-expire, which aborts to the engine's
;;; prompt, and the composable continuation is the rest of the computation. Code
;;; outside engines pays nothing; code inside runs several times slower (each call
;;; goes through the driver). Step mode is one per context: cobegin inside an engine
;;; is not supported, nor are nested engines.

(%export (pogo engines) make-engine engine-block)

(define %engine-tag (make-prompt-tag 'engine))
(define %engine-running #f)          ; the token of the engine running now, or #f

(define (make-engine thunk)
  (unless (procedure? thunk) (error "make-engine: expected a procedure" thunk))
  (%make-engine (lambda (token)
                  (let ((vals (call-with-values thunk list)))
                    ;; inside the engine, so part of every resumed continuation: stop
                    ;; counting at once, keeping what is left
                    (cons 'done (cons (%step-mode 0 #f) vals))))))

;; run: a procedure of the engine's token returning (done remaining-fuel . values),
;; for a fresh engine; for a resumed one, the composable continuation of the stopped
;; computation, which returns just that (so nothing may be wrapped around (run ...)
;; inside the prompt) and gives the token to the %engine-expire that stopped it
(define (%make-engine run)
  (lambda (fuel complete expire)
    (unless (and (exact-integer? fuel) (positive? fuel))
      (error "engine: expected a positive integer amount of fuel" fuel))
    (when %engine-running (error "engine: engines cannot be nested"))
    (let* ((token (list 'engine))
           (outcome
            (dynamic-wind
              (lambda () #f)
              (lambda ()
                (call-with-prompt %engine-tag
                  (lambda ()
                    (set! %engine-running token)
                    (%step-mode fuel (lambda () (%engine-expire token)))
                    (run token))
                  (lambda (k) (cons 'expired k))))
              ;; also when an error or a continuation leaves the engine
              (lambda ()
                (%step-mode 0 #f)
                (set! %engine-running #f)))))
      (if (eq? (car outcome) 'done)
          (apply complete (max 1 (cadr outcome)) (cddr outcome))
          (expire (%make-engine (cdr outcome)))))))

;; Called when the fuel runs out, in whatever code was running (step mode is then
;; off): stop if that is still the engine the fuel was given to. The computation goes
;; on in the engine that resumes it, which has set %engine-running to its own token.
;; Nothing is set from the abort's value: when the fuel ran out again while the
;; resumed computation was re-entering its extents, this frame returns only after a
;; later engine, and the token it would set would be an older one's -- that engine
;; would then never expire.
(define (%engine-expire token)
  (when (and (eq? %engine-running token) (%has-prompt? %engine-tag))
    (set! %engine-running #f)
    (abort-to-prompt %engine-tag)))

;; make the running engine expire now
(define (engine-block)
  (if %engine-running
      (begin (%step-mode 0 #f) (%engine-expire %engine-running))
      (error "engine-block: no engine is running")))
