;;; cobegin, from the stack-groups article: run forms concurrently, switching
;;; between them at random points, reproducibly from a seed -- a tool for shaking
;;; out races in tests. (cobegin expr ...) runs each expression as a task; after a
;;; random number of calls (the runtime's step mode: every call is a possible
;;; switch point) the running task is suspended and a randomly chosen task runs.
;;; The same seed gives the same interleaving. (cobegin-seed) is a parameter.

(%export (pogo cobegin) cobegin cobegin-seed)

(define cobegin-seed (make-parameter 1))
(define %cobegin-tag (make-prompt-tag 'cobegin))

;; a small linear congruential generator: reproducible, no shared state
(define (%next-random state) (modulo (+ (* state 1103515245) 12345) 2147483648))

(define (%cobegin thunks)
  (let ((tasks (list->vector thunks))   ; a thunk, a suspended task's continuation, or #f while it runs or when done
        (suspended (make-vector (length thunks) #f))
        (state (cobegin-seed))
        (results (make-vector (length thunks) #f)))
    (define (random-below n)
      (set! state (%next-random state))
      (modulo (quotient state 65536) n))
    (define (live-indices)
      (let loop ((i (- (vector-length tasks) 1)) (acc '()))
        (if (< i 0) acc (loop (- i 1) (if (vector-ref tasks i) (cons i acc) acc)))))
    (define (switch) (abort-to-prompt %cobegin-tag))
    (let loop ()
      (let ((live (live-indices)))
        (unless (null? live)
          (let* ((i (list-ref live (random-below (length live))))
                 (task (vector-ref tasks i))
                 (fresh (not (vector-ref suspended i))))
            (vector-set! tasks i #f)
            (call-with-prompt %cobegin-tag
              (lambda ()
                (%step-mode (+ 1 (random-below 20)) switch)
                ;; a suspended task's continuation stores its own result when it
                ;; finishes; what it returns here is only the step count left
                (if fresh
                    (vector-set! results i (task))
                    (task))
                (%step-mode 0 #f))
              (lambda (k)
                (vector-set! suspended i #t)
                (vector-set! tasks i k)))
            (loop)))))
    (vector->list results)))

(define-syntax cobegin
  (syntax-rules ()
    ((_ expr ...) (%cobegin (list (lambda () expr) ...)))))
