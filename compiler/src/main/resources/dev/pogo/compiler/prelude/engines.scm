;;; (pogo engines): Chez Scheme's engines. (make-engine thunk) makes an engine;
;;; (engine fuel complete expire) runs it for `fuel` ticks (one tick is a
;;; millisecond of running time): if the computation finishes, (complete
;;; remaining-fuel value ...); if the fuel runs out first, (expire new-engine),
;;; where new-engine goes on from where it stopped.
;;;
;;; Preemption uses the limit check compiled code makes on every call and loop
;;; back-edge: a timer interrupts the context, the interrupted code calls
;;; %engine-expire, which aborts to the engine's prompt; the composable
;;; continuation is the rest of the computation. Unlike Chez, the fuel counts time,
;;; not procedure calls, so where an engine stops varies from run to run.

(%export (pogo engines) make-engine engine-block)

(define %engine-tag (make-prompt-tag 'engine))
(define %engine-running #f)          ; the token of the engine running now, or #f
(define %microseconds-per-tick 1000)

(define (make-engine thunk)
  (unless (procedure? thunk) (error "make-engine: expected a procedure" thunk))
  (%make-engine (lambda () (cons 'done (call-with-values thunk list)))))

;; run: a thunk returning (done . values), for a fresh engine; for a resumed one,
;; the composable continuation of the stopped computation, which returns just that
(define (%make-engine run)
  (lambda (fuel complete expire)
    (unless (and (exact-integer? fuel) (positive? fuel))
      (error "engine: expected a positive integer amount of fuel" fuel))
    (when %engine-running (error "engine: engines cannot be nested"))
    (let* ((token (list 'engine))
           (start (current-jiffy))
           (timer #f)
           (outcome
            (call-with-prompt %engine-tag
              (lambda ()
                (set! %engine-running token)
                (set! timer (%arm-interrupt (* fuel %microseconds-per-tick)
                                            (lambda () (%engine-expire token))))
                (run))
              (lambda (k) (cons 'expired k)))))
      (%disarm-interrupt timer)
      (set! %engine-running #f)
      (if (eq? (car outcome) 'done)
          (let ((used (quotient (- (current-jiffy) start) (* 1000 %microseconds-per-tick))))
            (apply complete (max 1 (- fuel used)) (cdr outcome)))
          (expire (%make-engine (cdr outcome)))))))

;; Called by the timer's interrupt in whatever code was running: stop if that is
;; still the engine the timer was armed for.
(define (%engine-expire token)
  (when (eq? %engine-running token)
    (set! %engine-running #f)
    (abort-to-prompt %engine-tag)
    (set! %engine-running token)))

;; make the running engine expire now
(define (engine-block)
  (if %engine-running
      (%engine-expire %engine-running)
      (error "engine-block: no engine is running")))
