;;; The Pogo prelude: the standard procedures that call back into Pogo code.
;;;
;;; They are written in Pogo, not Java, so that a continuation captured inside a
;;; procedure passed to them (a generator yielding from inside `for-each`, say)
;;; captures ordinary Pogo frames. A Java frame in the middle of the stack could
;;; not be captured (DESIGN.md, "Modules").

;;; ---- multiple values

(define (call-with-values producer consumer)
  (apply consumer (%values->list (producer))))

;;; ---- dynamic-wind and continuations
;;
;; The winders list in the context holds (before . after) pairs, innermost first.
;; A continuation remembers the list current when it was captured; invoking it
;; runs the after thunks out to the common ancestor, then the before thunks in.

;; Leaving the extent pops its entry rather than restoring the list saved on entry:
;; a composable continuation may re-enter the extent on top of other winders (a
;; generator resumed from elsewhere), and leaving must then return to those.
(define (dynamic-wind before thunk after)
  (before)
  (%set-winders! (cons (cons before after) (%winders)))
  (let ((results (%values->list (thunk))))
    (%set-winders! (cdr (%winders)))
    (after)
    (apply values results)))

(define (%common-tail a b)
  (let ((la (length a)) (lb (length b)))
    (let loop ((a (if (> la lb) (list-tail a (- la lb)) a))
               (b (if (> lb la) (list-tail b (- lb la)) b)))
      (if (eq? a b) a (loop (cdr a) (cdr b))))))

;; leave: after thunks, innermost first, each run outside its own extent
(define (%leave-to common)
  (unless (eq? (%winders) common)
    (let ((w (car (%winders))))
      (%set-winders! (cdr (%winders)))
      ((cdr w))
      (%leave-to common))))

;; enter: before thunks, outermost first, each run outside its own extent
(define (%enter-from common path)
  (unless (eq? path common)
    (%enter-from common (cdr path))
    ((car (car path)))
    (%set-winders! path)))

(define (%rewind-to target)
  (let ((common (%common-tail (%winders) target)))
    (%leave-to common)
    (%enter-from common target)))

;; call/cc itself is Java (ControlPrims.CallCC, exec/Continuation.java): the
;; continuation it hands out remembers the winders list and, when invoked where
;; the list differs, calls this to run the thunks between and jump. The after
;; thunks run where the jump starts; the before thunks run on the continuation
;; being entered, so that one that raises finds the handlers it re-entered with
;; their guards' prompts (a guard's handler aborts to its prompt).
(define (%rewind-and-reinstate k winders value)
  (let ((common (%common-tail (%winders) winders)))
    (%leave-to common)
    (%reinstate-then k (lambda () (%enter-from common winders) value))))

(define call/cc call-with-current-continuation)

;;; ---- lists

(define (map f first . rest)
  (define (map1 l)
    (if (pair? l)
        (let ((x (f (car l))))
          (cons x (map1 (cdr l))))
        (%list-end 'map l first)))
  (define (map-n ls)
    (if (%all-pairs? ls)
        (let ((x (apply f (%cars ls))))
          (cons x (map-n (%cdrs ls))))
        (%list-ends 'map ls (cons first rest))))
  (if (null? rest) (map1 first) (map-n (cons first rest))))

(define (for-each f first . rest)
  (define (for-each1 l)
    (if (pair? l)
        (begin
          (f (car l))
          (for-each1 (cdr l)))
        (%list-end 'for-each l first)))
  (define (for-each-n ls)
    (if (%all-pairs? ls)
        (begin
          (apply f (%cars ls))
          (for-each-n (%cdrs ls)))
        (%list-ends 'for-each ls (cons first rest))))
  (if (null? rest) (for-each1 first) (for-each-n (cons first rest))))

;; The end of a list argument: '() if it is proper, else an error naming the
;; whole argument (map and for-each stop at the shortest list, so only a tail
;; that is neither a pair nor '() shows an improper argument).
(define (%list-end who tail whole)
  (if (null? tail)
      '()
      (error (string-append (symbol->string who) ": expected a list, got") whole)))

(define (%list-ends who tails wholes)
  (cond ((null? tails) '())
        ((pair? (car tails)) (%list-ends who (cdr tails) (cdr wholes)))
        (else (%list-end who (car tails) (car wholes))
              (%list-ends who (cdr tails) (cdr wholes)))))

(define (%all-pairs? ls)
  (or (null? ls) (and (pair? (car ls)) (%all-pairs? (cdr ls)))))

(define (%cars ls) (if (null? ls) '() (cons (car (car ls)) (%cars (cdr ls)))))
(define (%cdrs ls) (if (null? ls) '() (cons (cdr (car ls)) (%cdrs (cdr ls)))))

(define (%member-with x l same?)
  (cond ((null? l) #f)
        ((same? x (car l)) l)
        (else (%member-with x (cdr l) same?))))

(define (%assoc-with x l same?)
  (cond ((null? l) #f)
        ((same? x (car (car l))) (car l))
        (else (%assoc-with x (cdr l) same?))))

;;; ---- vectors and strings

(define (vector-map f v . vs)
  (list->vector (apply map f (vector->list v) (map vector->list vs))))

(define (vector-for-each f v . vs)
  (apply for-each f (vector->list v) (map vector->list vs)))

(define (string-map f s . ss)
  (list->string (apply map f (string->list s) (map string->list ss))))

(define (string-for-each f s . ss)
  (apply for-each f (string->list s) (map string->list ss)))

;;; ---- exceptions
;;
;; The handler stack lives in the context and is switched with dynamic-wind, so
;; continuations that leave or re-enter a with-exception-handler restore it. Java
;; primitives that fail throw; the driver turns that into a call of `raise` here.

;; Runs thunk with the handlers outside the running one: `handlers` is a tail of
;; the current list. Relative, like with-exception-handler: entering pops the
;; handlers above that tail, leaving pushes back what entering popped, on whatever
;; list is current then -- a raise suspended in an engine or a generator and
;; resumed under other handlers must not restore the list of another place.
(define (%with-handlers handlers thunk)
  (let ((above (- (length (%handlers)) (length handlers)))
        (popped '()))
    (dynamic-wind (lambda ()
                    (let* ((current (%handlers))
                           (outer (list-tail current above)))
                      (set! popped (%list-prefix current outer))
                      (%set-handlers! outer)))
                  thunk
                  (lambda () (%set-handlers! (append popped (%handlers)))))))

;; Relative, like dynamic-wind: entering pushes the handler on the handlers current
;; then, leaving pops it (so a body re-entered elsewhere sees the new outer handlers).
(define (with-exception-handler handler thunk)
  (dynamic-wind (lambda () (%set-handlers! (cons handler (%handlers))))
                thunk
                (lambda () (%set-handlers! (cdr (%handlers))))))

;; A handler runs with the handlers that were current when it was installed.
(define (raise obj)
  (let ((handlers (%handlers)))
    (if (null? handlers)
        (%raise-uncaught obj)
        (begin
          (%with-handlers (cdr handlers) (lambda () ((car handlers) obj)))
          (%with-handlers (cdr handlers)
            (lambda ()
              (raise (%make-error-object "handler returned from non-continuable raise" (list obj)))))))))

(define (raise-continuable obj)
  (let ((handlers (%handlers)))
    (if (null? handlers)
        (%raise-uncaught obj)
        (%with-handlers (cdr handlers) (lambda () ((car handlers) obj))))))

(define (error message . irritants)
  (raise (%make-error-object message irritants)))

;; (guard (var clause ...) body ...) expands to (%guard body-thunk handler) where
;; the handler gets the condition and a thunk that re-raises it in the dynamic
;; environment of the original raise (R7RS 4.2.7).
;;
;; Built on a prompt of its own, not call/cc: the handler leaves the body by
;; aborting to the guard's prompt, and a re-raise reinstates the composable
;; continuation of the raise, under the same prompt again. A full continuation
;; would also hold whatever lay below the guard when it was entered, and a guard
;; inside a generator body that was suspended and resumed elsewhere would jump
;; back to the consumer of the first resume (docs/control.md).
(define (%guard body handler)
  (let ((tag (make-prompt-tag 'guard)))
    ;; runs thunk under the guard's prompt; returns a thunk giving the guard's values
    (define (run thunk)
      (%call-with-prompt tag thunk
        (lambda (k condition)
          (lambda ()
            (handler condition
                     (lambda ()
                       ((run (lambda () (k (lambda () (raise-continuable condition))))))))))))
    ((run (lambda ()
            (with-exception-handler
             (lambda (condition) ((abort-to-prompt tag condition)))
             (lambda ()
               (call-with-values body
                 (lambda results (lambda () (apply values results)))))))))))

;;; ---- parameters

(define (make-parameter value . converter)
  (if (null? converter)
      (%make-parameter value #f)
      (%make-parameter ((car converter) value) (car converter))))

;; (parameterize ((p v) ...) body ...) expands to (%parameterize (list p ...) (list v ...) thunk)
(define (%parameterize params values thunk)
  ;; the bindings are pushed on entry and popped on exit, relative to the
  ;; parameterization current then (see dynamic-wind)
  (let loop ((ps params) (vs values) (bindings '()))
    (if (null? ps)
        (let ((n (length bindings)))
          (dynamic-wind (lambda () (%set-parameterization! (append bindings (%parameterization))))
                        thunk
                        (lambda () (%set-parameterization! (list-tail (%parameterization) n)))))
        (let* ((p (car ps))
               (convert (%parameter-converter p))
               (v (if convert (convert (car vs)) (car vs))))
          (loop (cdr ps) (cdr vs) (cons (cons p v) bindings))))))

;;; ---- member and assoc with a custom equality
;; The two-argument forms are Java primitives; the compiler calls them directly
;; whenever a call has two arguments, so these definitions serve the three-argument
;; forms and first-class uses.

(define (member x l . compare)
  (if (null? compare) (member x l) (%member-with x l (car compare))))

(define (assoc x l . compare)
  (if (null? compare) (assoc x l) (%assoc-with x l (car compare))))
