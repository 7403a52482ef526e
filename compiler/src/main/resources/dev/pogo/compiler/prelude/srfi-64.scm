;;; SRFI 64, a test suite API: the runner and the procedures behind the test forms.
;;
;; test-assert, test-equal, test-eqv, test-eq, test-approximate, test-error,
;; test-group and test-group-with-cleanup are special forms (the compiler's
;; expand/TestForms.java): they pass the tested expressions here as thunks, with the
;; test's name (or #f), the tested expression as a datum and the file and line of
;; the form. Everything else is an ordinary procedure.
;;
;; There is one runner, %test-runner, a vector:
;;   0 groups        names of the open groups, innermost first
;;   1 results       one vector per test, newest first:
;;                   #(kind name file line message), kind one of
;;                   pass fail skip xfail (failed as expected) xpass (passed, expected to fail)
;;   2 skips         active skip specifiers (procedures of the runner)
;;   3 xfails        active expected-failure specifiers
;;   4 saved         (skips . xfails) saved by each test-begin, restored by test-end
;;   5 verbose       #t: print each failure when it happens and a summary at the
;;                   outermost test-end (pogo run); #f: stay silent, `pogo test` reports
;;   6 current name  the name of the test being run (for the specifiers)
;;
;; Whatever raises inside a test is that test's failure (or test-error's success),
;; never the end of the program.

(%export (srfi 64)
  test-begin test-end test-skip test-expect-fail
  test-match-name test-match-nth test-match-all test-match-any
  test-runner-current test-runner-get test-runner-pass-count test-runner-fail-count
  test-runner-skip-count test-runner-xfail-count test-runner-xpass-count
  test-runner-test-name test-runner-group-path)

(define %test-runner (vector '() '() '() '() '() #t #f))

(define (%test-ref i) (vector-ref %test-runner i))
(define (%test-set! i v) (vector-set! %test-runner i v))

;; Used by `pogo test` before each file; the results are read back with %test-results.
(define (%test-reset! verbose)
  (set! %test-runner (vector '() '() '() '() '() verbose #f)))

(define (%test-results) (reverse (%test-ref 1)))

(define (test-runner-current) %test-runner)
(define (test-runner-get) %test-runner)
(define (test-runner-test-name . runner) (%test-ref 6))
(define (test-runner-group-path . runner) (reverse (%test-ref 0)))

(define (%test-count kind)
  (let loop ((rs (%test-ref 1)) (n 0))
    (cond ((null? rs) n)
          ((eq? (vector-ref (car rs) 0) kind) (loop (cdr rs) (+ n 1)))
          (else (loop (cdr rs) n)))))

(define (test-runner-pass-count . runner) (%test-count 'pass))
(define (test-runner-fail-count . runner) (%test-count 'fail))
(define (test-runner-skip-count . runner) (%test-count 'skip))
(define (test-runner-xfail-count . runner) (%test-count 'xfail))
(define (test-runner-xpass-count . runner) (%test-count 'xpass))

;;; ---- groups

(define (test-begin name . count)
  (%test-set! 4 (cons (cons (%test-ref 2) (%test-ref 3)) (%test-ref 4)))
  (%test-set! 0 (cons name (%test-ref 0))))

(define (test-end . name)
  (let ((groups (%test-ref 0)))
    (when (null? groups)
      (error "test-end: no test group is open" (if (null? name) #f (car name))))
    (when (and (pair? name) (not (equal? (car name) (car groups))))
      (error "test-end: the open test group has another name" (car groups) (car name)))
    (%test-set! 0 (cdr groups))
    (let ((saved (car (%test-ref 4))))
      (%test-set! 4 (cdr (%test-ref 4)))
      (%test-set! 2 (car saved))
      (%test-set! 3 (cdr saved)))
    (when (and (null? (cdr groups)) (%test-ref 5))
      (display (%test-summary))
      (newline)
      ;; the run is over: the next outermost group (another program in this JVM) counts afresh
      (%test-set! 1 '()))))

(define (%test-summary)
  (let ((skipped (%test-count 'skip))
        (xfail (%test-count 'xfail)))
    (string-append
     (number->string (+ (%test-count 'pass)))
     " passed, "
     (number->string (+ (%test-count 'fail) (%test-count 'xpass)))
     " failed"
     (if (> skipped 0) (string-append ", " (number->string skipped) " skipped") "")
     (if (> xfail 0) (string-append ", " (number->string xfail) " expected failures") ""))))

;; (test-group name body ...): a group the skip specifiers can skip as a whole; an
;; error raised in its body outside any test is a failure of the group.
(define (%test-group name body file line)
  (%test-group-with-cleanup name body (lambda () #f) file line))

(define (%test-group-with-cleanup name body cleanup file line)
  (%test-set! 6 name)
  (if (%test-any? (%test-ref 2))
      (%test-record 'skip (%test-display-name name #f) file line "")
      (begin
        (test-begin name)
        (guard (e (#t (%test-record 'fail (%test-display-name name #f) file line
                                    (string-append "raised outside any test: " (%test-describe-raised e)))))
          (dynamic-wind (lambda () #f) body cleanup))
        (test-end name))))

;;; ---- specifiers: procedures of the runner, asked once per test

(define (test-match-name name)
  (lambda (runner) (equal? name (%test-ref 6))))

(define (test-match-nth n . count)
  (let ((i 0) (last (+ n (if (null? count) 0 (- (car count) 1)))))
    (lambda (runner)
      (set! i (+ i 1))
      (and (>= i n) (<= i last)))))

(define (test-match-all . specs)
  (let ((procs (map %test-specifier specs)))
    (lambda (runner) (%test-every? procs))))

(define (test-match-any . specs)
  (let ((procs (map %test-specifier specs)))
    (lambda (runner) (%test-any? procs))))

(define (%test-specifier s)
  (cond ((procedure? s) s)
        ((string? s) (test-match-name s))
        ((and (exact-integer? s) (>= s 0)) (test-match-nth 1 s))
        (else (error "test specifier: expected a string, a count or a procedure, got" s))))

;; Every specifier is asked (counting ones keep count); true if one matched.
(define (%test-any? procs)
  (let loop ((ps procs) (found #f))
    (if (null? ps)
        found
        (loop (cdr ps) (or ((car ps) %test-runner) found)))))

(define (%test-every? procs)
  (let loop ((ps procs) (all #t))
    (if (null? ps)
        all
        (loop (cdr ps) (and ((car ps) %test-runner) all)))))

(define (test-skip spec)
  (%test-set! 2 (cons (%test-specifier spec) (%test-ref 2))))

(define (test-expect-fail spec)
  (%test-set! 3 (cons (%test-specifier spec) (%test-ref 3))))

;;; ---- running one test

(define (%test-write x)
  (let ((port (open-output-string)))
    (write x port)
    (get-output-string port)))

(define (%test-describe-raised e)
  (if (error-object? e)
      (let loop ((s (error-object-message e)) (irritants (error-object-irritants e)))
        (if (null? irritants)
            s
            (loop (string-append s " " (%test-write (car irritants))) (cdr irritants))))
      (%test-write e)))

;; The name a report shows: the test's name, or its expression.
(define (%test-display-name name source)
  (cond ((string? name) name)
        (name (%test-write name))
        (else (let ((s (%test-write source)))
                (if (> (string-length s) 70) (string-append (substring s 0 67) "...") s)))))

(define (%test-record kind name file line message)
  (%test-set! 1 (cons (vector kind name file line message) (%test-ref 1)))
  (when (and (%test-ref 5) (memq kind '(fail xpass)))
    (display (string-append file ":" (number->string line) ": FAIL " name ": " message))
    (newline)))

;; check returns #f when the test passes, else the failure message.
(define (%test-run name source file line check)
  (%test-set! 6 name)
  (let ((display-name (%test-display-name name source)))
    (if (%test-any? (%test-ref 2))
        (%test-record 'skip display-name file line "")
        (let* ((expect-fail (%test-any? (%test-ref 3)))
               (message (guard (e (#t (string-append "raised " (%test-describe-raised e))))
                          (check))))
          (cond ((and message expect-fail) (%test-record 'xfail display-name file line message))
                (message (%test-record 'fail display-name file line message))
                (expect-fail (%test-record 'xpass display-name file line "passed, but was expected to fail"))
                (else (%test-record 'pass display-name file line "")))))))

(define (%test-assert name thunk source file line)
  (%test-run name source file line
    (lambda ()
      (let ((v (thunk)))
        (if v #f (string-append "expected a true value, got " (%test-write v)))))))

(define (%test-compare same? name expected-thunk thunk source file line)
  (%test-run name source file line
    (lambda ()
      (let* ((expected (expected-thunk))
             (actual (thunk)))
        (if (same? expected actual)
            #f
            (string-append "expected " (%test-write expected) ", got " (%test-write actual)))))))

;; SRFI 64 defines test-approximate on reals; for complex numbers each part must be
;; within the tolerance (a real tolerance applies to both parts, a complex one part
;; by part).
(define (%test-within? expected actual tolerance)
  (define (within? e a t) (<= (- e t) a (+ e t)))
  (and (number? actual)
       (within? (real-part expected) (real-part actual) (real-part tolerance))
       (within? (imag-part expected) (imag-part actual)
                (if (real? tolerance) tolerance (imag-part tolerance)))))

(define (%test-approximate name expected-thunk thunk error-thunk source file line)
  (%test-run name source file line
    (lambda ()
      (let* ((expected (expected-thunk))
             (actual (thunk))
             (tolerance (error-thunk)))
        (if (%test-within? expected actual tolerance)
            #f
            (string-append "expected " (%test-write expected) " +/- " (%test-write tolerance)
                           ", got " (%test-write actual)))))))

(define (%test-error name type thunk source file line)
  (%test-run name source file line
    (lambda ()
      (let ((outcome (guard (e (#t (list e))) (vector (thunk)))))
        (cond ((vector? outcome)
               (string-append "expected an error, got " (%test-write (vector-ref outcome 0))))
              ((or (eq? type #t) (and (procedure? type) (type (car outcome)))) #f)
              (else (string-append "raised " (%test-describe-raised (car outcome))
                                   ", which is not the expected kind of error")))))))
