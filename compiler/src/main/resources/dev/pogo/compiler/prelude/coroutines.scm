;;; (pogo generator): direct-style generators; (pogo coroutine): asymmetric
;;; coroutines with resume/yield, and symmetric transfer. Both are prompts and
;;; composable continuations (pogo control); docs/control.md has the semantics.

;;; ---- (pogo generator)

;; (generator (yield) body ...): a thunk returning the next value the body yields,
;; and the eof object once the body has returned. The macro is called %generator-syntax
;; here because (srfi 158)'s procedure `generator` owns the name in the prelude's
;; single scope; (pogo generator) exports it as `generator`.
(%export () %generator-syntax)
(%export-as (pogo generator) (%generator-syntax generator))
(%reexport (pogo generator) make-coroutine-generator generator->list generator-fold
  generator-for-each)

(define-syntax %generator-syntax
  (syntax-rules ()
    ((_ (yield) body0 body ...)
     (make-coroutine-generator (lambda (yield) body0 body ...)))))

;;; ---- (pogo coroutine)

(%export (pogo coroutine) make-coroutine coroutine? coroutine-done? resume yield transfer)
(%export () coroutine)

;; state: fresh (k is the procedure), suspended (k is a composable continuation),
;; running, done
(define-record-type coroutine
  (%make-coroutine state k)
  coroutine?
  (state %coroutine-state %set-coroutine-state!)
  (k %coroutine-k %set-coroutine-k!))

;; One tag for all coroutines: yield goes to the innermost resume, whichever
;; coroutine that resumed.
(define %coroutine-tag (make-prompt-tag 'coroutine))
(define %transfer-request (list 'transfer))

(define (make-coroutine proc)
  (unless (procedure? proc) (error "make-coroutine: expected a procedure" proc))
  (%make-coroutine 'fresh proc))

(define (coroutine-done? co)
  (unless (coroutine? co) (error "coroutine-done?: expected a coroutine" co))
  (eq? (%coroutine-state co) 'done))

;; Runs co until it yields, transfers or returns. The resumed body is a tail call
;; under the prompt, so the continuation does not grow from resume to resume.
(define (resume co . vals)
  (unless (coroutine? co) (error "resume: expected a coroutine" co))
  (case (%coroutine-state co)
    ((done) (error "resume: the coroutine has finished; it cannot be resumed" co))
    ((running) (error "resume: the coroutine is running (resumed from inside itself, or left by an error)" co))
    (else
     (let ((fresh (eq? (%coroutine-state co) 'fresh))
           (k (%coroutine-k co)))
       (%set-coroutine-state! co 'running)
       (%set-coroutine-k! co #f)
       (call-with-prompt %coroutine-tag
         (lambda ()
           (if fresh
               (call-with-values (lambda () (apply k vals))
                 (lambda results
                   (%set-coroutine-state! co 'done)
                   (apply values results)))
               (apply k vals)))
         (lambda (k . yielded)
           (%set-coroutine-k! co k)
           (%set-coroutine-state! co 'suspended)
           (if (and (pair? yielded) (eq? (car yielded) %transfer-request))
               ;; (transfer other v ...): other runs in this resume's place
               (apply resume (cadr yielded) (cddr yielded))
               (apply values yielded))))))))

;; One yield for coroutines and fibres (pogo fibers): the innermost of the two wins.
(define (yield . vals)
  (let ((innermost (%innermost-prompt %coroutine-tag %fiber-tag)))
    (cond ((eq? innermost %coroutine-tag) (apply abort-to-prompt %coroutine-tag vals))
          ((eq? innermost %fiber-tag) (%fiber-yield))
          (else (error "yield: not inside a coroutine or a fibre")))))

;; Symmetric: suspend the running coroutine and run co in its place, answering its
;; resumer; returns the values of the next resume (or transfer) of this coroutine.
;; Outside any coroutine it is resume.
(define (transfer co . vals)
  (unless (coroutine? co) (error "transfer: expected a coroutine" co))
  (if (%has-prompt? %coroutine-tag)
      (apply abort-to-prompt %coroutine-tag %transfer-request co vals)
      (apply resume co vals)))
