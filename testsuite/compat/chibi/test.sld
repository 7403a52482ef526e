;; A small stand-in for chibi-scheme's (chibi test), written for Pogo, so that
;; test files written against it (such as chibi's r7rs-tests.scm) run unchanged:
;;   ./pogo run -L testsuite/compat r7rs-tests.scm
;; It counts and reports like chibi's: a FAIL line per failure, a summary per group.
(define-library (chibi test)
  (export test test-assert test-error test-values test-begin test-end test-equal
          test-not test-exit)
  (import (scheme base) (scheme cxr) (scheme write) (scheme inexact) (scheme complex) (scheme process-context))
  (begin
    (define passed 0)
    (define failed 0)
    (define groups '())

    ;; inexact numbers compare within a relative tolerance, as chibi's test does
    (define (approx-equal? a b)
      (cond ((and (number? a) (number? b) (or (inexact? a) (inexact? b)))
             (or (= a b)
                 (and (nan? a) (nan? b))
                 (let ((scale (max 1.0 (magnitude a) (magnitude b))))
                   (< (magnitude (- a b)) (* 1e-5 scale)))))
            ((and (pair? a) (pair? b)) (and (approx-equal? (car a) (car b)) (approx-equal? (cdr a) (cdr b))))
            ((and (vector? a) (vector? b) (= (vector-length a) (vector-length b)))
             (let loop ((i 0))
               (or (= i (vector-length a))
                   (and (approx-equal? (vector-ref a i) (vector-ref b i)) (loop (+ i 1))))))
            (else (equal? a b))))

    (define (report-failure name expected got)
      (set! failed (+ failed 1))
      (display "FAIL: ") (write name) (newline)
      (display "    expected: ") (write expected) (newline)
      (display "    got:      ") (write got) (newline))

    (define (check name expected thunk)
      (let ((result (guard (e (#t (list 'raised (if (error-object? e) (error-object-message e) e))))
                      (list 'value (thunk)))))
        (if (and (eq? (car result) 'value) (approx-equal? expected (cadr result)))
            (set! passed (+ passed 1))
            (report-failure name expected (if (eq? (car result) 'value) (cadr result) result)))))

    (define-syntax test
      (syntax-rules ()
        ((_ name expected expr) (check name expected (lambda () expr)))
        ((_ expected expr) (check 'expr expected (lambda () expr)))))

    (define-syntax test-equal
      (syntax-rules ()
        ((_ args ...) (test args ...))))

    (define-syntax test-assert
      (syntax-rules ()
        ((_ name expr) (check name #t (lambda () (if expr #t #f))))
        ((_ expr) (check 'expr #t (lambda () (if expr #t #f))))))

    (define-syntax test-not
      (syntax-rules ()
        ((_ expr) (check 'expr #f (lambda () (if expr #t #f))))))

    (define-syntax test-values
      (syntax-rules ()
        ((_ expected expr)
         (check 'expr (call-with-values (lambda () expected) list)
                (lambda () (call-with-values (lambda () expr) list))))))

    (define-syntax test-error
      (syntax-rules ()
        ((_ name expr) (test-error expr))
        ((_ expr)
         (let ((raised (guard (e (#t #t)) expr #f)))
           (if raised
               (set! passed (+ passed 1))
               (report-failure 'expr 'an-error 'no-error))))))

    (define (test-begin . name)
      (set! groups (cons (list (if (pair? name) (car name) "") passed failed) groups)))

    (define (test-end . name)
      (let* ((group (car groups))
             (p (- passed (cadr group)))
             (f (- failed (caddr group))))
        (set! groups (cdr groups))
        (display (car group)) (display ": ")
        (display p) (display " passed, ") (display f) (display " failed") (newline)
        (when (null? groups)
          (display passed) (display " passed, ") (display failed) (display " failed in all") (newline))))

    (define (test-exit) (exit (if (zero? failed) 0 1)))))
