;;; Derived syntax of R7RS written with syntax-rules: records, multiple values,
;;; case-lambda, lazy evaluation; and the SRFIs that are macros (2, 8, 26).

(%export (scheme case-lambda) case-lambda)
(%export (scheme lazy) delay delay-force make-promise force promise?)
(%export () promise)  ; the record type of promises: no library's business
(%export (srfi 2) and-let*)
(%export (srfi 8) receive)
(%export (srfi 26) cut cute)

;;; ---- define-record-type (R7RS 5.5)

(define-syntax define-record-type
  (syntax-rules ()
    ((_ type (constructor field ...) predicate spec ...)
     (begin
       (define type (%make-record-type 'type (map car '(spec ...))))
       (define constructor (%record-constructor type 'constructor '(field ...)))
       (define predicate (%record-predicate type 'predicate))
       (%define-record-field type spec) ...))
    ((_ type #f predicate spec ...)
     (begin
       (define type (%make-record-type 'type (map car '(spec ...))))
       (define predicate (%record-predicate type 'predicate))
       (%define-record-field type spec) ...))))

(define-syntax %define-record-field
  (syntax-rules ()
    ((_ type (field accessor))
     (define accessor (%record-accessor type 'field 'accessor)))
    ((_ type (field accessor modifier))
     (begin
       (define accessor (%record-accessor type 'field 'accessor))
       (define modifier (%record-modifier type 'field 'modifier))))))

;;; ---- multiple values (R7RS 4.2.2, 5.3.3)
;; Each binding's expression is evaluated in the outer scope into a list held by a
;; temporary; one recursion step per binding makes each temporary a fresh alias.

(define-syntax let-values
  (syntax-rules ()
    ((_ bindings body0 body ...) (%let-values bindings () body0 body ...))))

(define-syntax %let-values
  (syntax-rules ()
    ((_ () ((formals tmp) ...) body ...)
     (%bind-values ((formals tmp) ...) body ...))
    ((_ ((formals expr) rest ...) (done ...) body ...)
     (let ((tmp (call-with-values (lambda () expr) list)))
       (%let-values (rest ...) (done ... (formals tmp)) body ...)))))

(define-syntax %bind-values
  (syntax-rules ()
    ((_ () body ...) (let () body ...))
    ((_ ((formals tmp) rest ...) body ...)
     (apply (lambda formals (%bind-values (rest ...) body ...)) tmp))))

(define-syntax let*-values
  (syntax-rules ()
    ((_ () body0 body ...) (let () body0 body ...))
    ((_ (binding rest ...) body0 body ...)
     (let-values (binding) (let*-values (rest ...) body0 body ...)))))

(define-syntax define-values
  (syntax-rules ()
    ((_ formals expr)
     (begin
       (%define-formals formals)
       (%set-formals! formals (call-with-values (lambda () expr) list))))))

(define-syntax %define-formals
  (syntax-rules ()
    ((_ ()) (begin))
    ((_ (var . rest)) (begin (define var #f) (%define-formals rest)))
    ((_ var) (define var #f))))

(define-syntax %set-formals!
  (syntax-rules ()
    ((_ () values) (if (null? values) #t (error "define-values: too many values" values)))
    ((_ (var . rest) values)
     (let ((vs values))
       (if (null? vs) (error "define-values: too few values"))
       (set! var (car vs))
       (%set-formals! rest (cdr vs))))
    ((_ var values) (set! var values))))

;;; ---- case-lambda (R7RS 4.2.9)

(define-syntax case-lambda
  (syntax-rules ()
    ((_ (formals body0 body ...) ...)
     (%case-lambda '(formals ...) (lambda formals body0 body ...) ...))))

;;; ---- lazy evaluation (R7RS 4.2.5), iterative forcing for delay-force chains

(define-record-type promise
  (%make-promise-cell state)
  promise?
  (state %promise-state %set-promise-state!))

;; state: (done? . value-or-thunk), shared by promises chained with delay-force
(define (%promise done? value) (%make-promise-cell (cons done? value)))

(define-syntax delay-force
  (syntax-rules () ((_ expression) (%promise #f (lambda () expression)))))

(define-syntax delay
  (syntax-rules () ((_ expression) (delay-force (make-promise expression)))))

(define (make-promise value)
  (if (promise? value) value (%promise #t value)))

(define (force promise)
  (if (not (promise? promise))
      promise
      (let ((state (%promise-state promise)))
        (if (car state)
            (cdr state)
            (let ((next ((cdr state))))
              (unless (car (%promise-state promise))
                (let ((next-state (%promise-state (make-promise next))))
                  (set-car! state (car next-state))
                  (set-cdr! state (cdr next-state))
                  (%set-promise-state! (make-promise next) state)))
              (force promise))))))

;;; ---- SRFI 2, 8, 26

(define-syntax and-let*
  (syntax-rules ()
    ((_ ()) #t)
    ((_ () body ...) (let () body ...))
    ((_ ((var expr) rest ...) body ...)
     (let ((var expr)) (if var (and-let* (rest ...) body ...) #f)))
    ((_ ((expr) rest ...) body ...)
     (if expr (and-let* (rest ...) body ...) #f))
    ((_ (var rest ...) body ...)
     (if var (and-let* (rest ...) body ...) #f))))

(define-syntax receive
  (syntax-rules ()
    ((_ formals expr body ...)
     (call-with-values (lambda () expr) (lambda formals body ...)))))

(define-syntax cut
  (syntax-rules (<> <...>)
    ((_ "collect" (params ...) (args ...)) (lambda (params ...) (args ...)))
    ((_ "collect" (params ...) (args ...) <...>) (lambda (params ... . rest) (apply args ... rest)))
    ((_ "collect" (params ...) (args ...) <> more ...) (cut "collect" (params ... x) (args ... x) more ...))
    ((_ "collect" (params ...) (args ...) e more ...) (cut "collect" (params ...) (args ... e) more ...))
    ((_ e ...) (cut "collect" () () e ...))))

(define-syntax cute
  (syntax-rules (<> <...>)
    ((_ "collect" (binds ...) (params ...) (args ...))
     (let (binds ...) (lambda (params ...) (args ...))))
    ((_ "collect" (binds ...) (params ...) (args ...) <...>)
     (let (binds ...) (lambda (params ... . rest) (apply args ... rest))))
    ((_ "collect" (binds ...) (params ...) (args ...) <> more ...)
     (cute "collect" (binds ...) (params ... x) (args ... x) more ...))
    ((_ "collect" (binds ...) (params ...) (args ...) e more ...)
     (cute "collect" (binds ... (t e)) (params ...) (args ... t) more ...))
    ((_ e ...) (cute "collect" () () () e ...))))
