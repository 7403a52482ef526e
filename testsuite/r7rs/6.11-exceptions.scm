;;; R7RS 6.11: exceptions.
(import (scheme base) (scheme write) (srfi 64))

(test-begin "6.11 exceptions")

(test-group "with-exception-handler and raise-continuable"
  (test-eqv 42
    (with-exception-handler
     (lambda (con) (cond ((string? con) 0) (else 42)))
     (lambda () (+ (raise-continuable 'oops) 0))))
  (test-eqv 65
    (with-exception-handler
     (lambda (con) 42)
     (lambda () (+ (raise-continuable 'should-be-a-number) 23))))
  (test-equal "condition: an-error"
    (let ((out (open-output-string)))
      (call-with-current-continuation
       (lambda (k)
         (with-exception-handler
          (lambda (e) (display "condition: " out) (write e out) (k 'exception))
          (lambda () (+ 1 (raise 'an-error))))))
      (get-output-string out)))
  ;; the handler runs with the outer handler installed
  (test-eq 'outer
    (call/cc
     (lambda (k)
       (with-exception-handler
        (lambda (e) (k 'outer))
        (lambda ()
          (with-exception-handler
           (lambda (e) (raise 'again))
           (lambda () (raise 'first))))))))
  ;; a handler returning from a non-continuable raise is an error in the outer context
  (test-eq 'secondary
    (call/cc
     (lambda (k)
       (with-exception-handler
        (lambda (e) (k 'secondary))
        (lambda ()
          (with-exception-handler
           (lambda (e) 'returned)
           (lambda () (raise 'boom)))))))))

(test-group "error objects"
  (define e (guard (x (#t x)) (error "Something went wrong" 1 "two" 'three)))
  (test-eqv #t (error-object? e))
  (test-equal "Something went wrong" (error-object-message e))
  (test-equal '(1 "two" three) (error-object-irritants e))
  (test-equal '() (error-object-irritants (guard (x (#t x)) (error "no irritants"))))
  (test-eqv #f (error-object? 'sym))
  (test-eqv #f (error-object? "string"))
  (test-eqv #t (guard (x (#t (error-object? x))) (car '())))
  (test-eqv #t (guard (x (#t (error-object? x))) (vector-ref (vector) 0)))
  (test-eqv #t (guard (x (#t (string? (error-object-message x)))) (+ 'a 1)))
  (test-eqv #f (read-error? e))
  (test-eqv #f (file-error? e))
  (test-eqv 'x (guard (c ((symbol? c) c)) (raise 'x)))
  (test-equal '(1 2) (guard (c ((pair? c) c)) (raise (list 1 2))))
  (test-eqv 5 (guard (c ((number? c) c)) (raise 5))))

(test-group "raise from nested calls and re-raise"
  (define (deep n) (if (= n 0) (raise 'bottom) (+ 1 (deep (- n 1)))))
  (test-eq 'bottom (guard (e (#t e)) (deep 10000)))
  (test-eq 'reraised
    (guard (outer (#t 'reraised))
      (guard (inner ((string? inner) 'wrong))
        (raise 'not-a-string))))
  (test-error (raise 'anything))
  (test-error error-object? (error "an error object"))
  (test-error (lambda (e) (eq? e 'tag)) (raise 'tag)))

(test-end)
