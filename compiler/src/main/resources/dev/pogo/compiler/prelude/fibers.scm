;;; (pogo fibers): green threads in one OS thread. A fibre runs under a prompt of
;;; the scheduler; yield, sleep and blocking channel operations abort to that
;;; prompt, handing the scheduler the fibre's continuation (its frames on the heap:
;;; a fibre costs a few objects, not a thread). Sleeping fibres wait on a hashed
;;; timing wheel. A fibre waiting for a socket (fibers-io.scm) is registered with a
;;; poller (a java.nio Selector). When no fibre is runnable, the scheduler waits in
;;; the poller until a socket is ready or the first deadline comes, or, with no socket
;;; waited for, sleeps the OS thread until that deadline.

(%export (pogo fibers)
  run-fibers spawn yield sleep
  make-channel channel? channel-put channel-get
  get-operation put-operation select)
(%export () channel)   ; the record type itself stays private

;;; ---- a FIFO queue: (head . tail) of a list

(define (%make-queue) (cons '() '()))
(define (%queue-empty? q) (null? (car q)))
(define (%enqueue! q x)
  (let ((cell (list x)))
    (if (null? (car q)) (set-car! q cell) (set-cdr! (cdr q) cell))
    (set-cdr! q cell)))
(define (%dequeue! q)
  (let ((cell (car q)))
    (set-car! q (cdr cell))
    (if (null? (cdr cell)) (set-cdr! q '()))
    (car cell)))

;; yield itself is in coroutines.scm: one yield for coroutines and fibres, the
;; innermost of the two wins.

;;; ---- the scheduler's state (one run-fibers at a time per program)

(define %fiber-tag (make-prompt-tag 'fiber))
(define %run-queue #f)
(define %wheel #f)           ; vector of slots, each a list of (deadline-tick . resume-thunk)
(define %wheel-tick 0)       ; last tick processed
(define %sleepers 0)
(define %wheel-size 512)
(define %nanos-per-tick 1000000)   ; 1 ms
(define %io-poller #f)       ; made when a fibre first waits for a socket

(define (%now-tick) (quotient (current-jiffy) %nanos-per-tick))

(define (%schedule! thunk) (%enqueue! %run-queue thunk))

(define (%check-running who)
  (unless %run-queue (error (string-append (symbol->string who) ": not inside run-fibers"))))

;;; ---- the timing wheel

(define (%wheel-add! deadline-tick thunk)
  (let ((slot (modulo deadline-tick %wheel-size)))
    (vector-set! %wheel slot (cons (cons deadline-tick thunk) (vector-ref %wheel slot)))
    (set! %sleepers (+ %sleepers 1))))

;; moves every timer due by now to the run queue
(define (%wheel-advance! now)
  (let ((last %wheel-tick))
    (when (> now last)
      (let loop ((t (+ last 1)) (steps 0))
        (when (and (<= t now) (< steps %wheel-size))
          (let* ((slot (modulo t %wheel-size))
                 (entries (vector-ref %wheel slot)))
            (unless (null? entries)
              (let split ((es entries) (keep '()))
                (cond ((null? es) (vector-set! %wheel slot keep))
                      ((<= (car (car es)) now)
                       (set! %sleepers (- %sleepers 1))
                       (%schedule! (cdr (car es)))
                       (split (cdr es) keep))
                      (else (split (cdr es) (cons (car es) keep)))))))
          (loop (+ t 1) (+ steps 1))))
      (set! %wheel-tick now))))

(define (%earliest-deadline)
  (let loop ((i 0) (best #f))
    (if (= i %wheel-size)
        best
        (loop (+ i 1)
              (let each ((es (vector-ref %wheel i)) (best best))
                (cond ((null? es) best)
                      ((or (not best) (< (car (car es)) best)) (each (cdr es) (car (car es))))
                      (else (each (cdr es) best))))))))

;;; ---- running fibres

;; A fibre asks the scheduler for something by aborting with a request:
;;   (yield)           back of the run queue
;;   (sleep . tick)    on the wheel until tick
;;   (block . park)    (park resume) stores resume, which something calls later
(define (%fiber-handler k request)
  (case (car request)
    ((yield) (%schedule! (lambda () (k))))
    ((sleep) (%wheel-add! (cdr request) (lambda () (k))))
    ((block) ((cdr request) (lambda (v) (%schedule! (lambda () (k v))))))))

(define (%fiber-yield) (abort-to-prompt %fiber-tag (list 'yield)) (if #f #f))

;; With time slices, a periodic timer interrupts whatever runs once per slice; a
;; fibre it interrupts yields, so none runs much longer than a slice without
;; yielding (one that has just started may be cut short). A tick that comes while
;; the scheduler itself runs is ignored: the next one comes a slice later.
(define %time-slice-timer #f)

(define (%preempt-fiber)
  (when (%has-prompt? %fiber-tag)
    (set! %poll-soon #t)
    (%fiber-yield)))

(define (%run-fiber thunk)
  (call-with-prompt %fiber-tag thunk %fiber-handler))

(define (spawn thunk)
  (%check-running 'spawn)
  (%schedule! thunk))

(define (sleep seconds)
  (%check-running 'sleep)
  (let ((ticks (max 1 (exact (ceiling (* seconds (/ 1000000000 %nanos-per-tick)))))))
    (abort-to-prompt %fiber-tag (cons 'sleep (+ (%now-tick) ticks)))
    (if #f #f)))

(define (%block park)
  (abort-to-prompt %fiber-tag (cons 'block park)))

;;; ---- waiting for sockets

;; Waits until object (a socket port, TCP listener or connection) is ready for
;; interest (read, write, accept, connect): in a fibre by parking it with the poller,
;; elsewhere by blocking the OS thread.
(define (%wait-io object interest)
  (if (and %run-queue (%has-prompt? %fiber-tag))
      (begin
        (unless %io-poller (set! %io-poller (%make-io-poller)))
        (%block (lambda (resume) (%io-register! %io-poller object interest resume))))
      (%io-block object interest)))

(define (%io-waiting?)
  (and %io-poller (> (%io-waiting %io-poller) 0)))

;; waits up to nanos (0: just look, negative: no limit) and makes ready fibres runnable
(define (%io-wake! nanos)
  (for-each (lambda (resume) (resume #t)) (%io-poll %io-poller nanos)))

;; Between two looks at the sockets, at most this many fibres run: a busy run queue
;; must not starve the fibres waiting for input. A fibre that used up its time slice
;; has run long enough for a look to cost nothing in comparison, so after one the
;; scheduler looks at once: a spinning fibre delays socket fibres by a slice, not by
;; 64 of them.
(define %runs-per-poll 64)
(define %poll-soon #f)

;; (run-fibers thunk [time-slice]): with a time slice in seconds, a fibre that
;; runs longer without yielding is preempted, so an endless loop cannot starve
;; the others.
(define (run-fibers thunk . time-slice)
  (when %run-queue (error "run-fibers: already running"))
  (set! %run-queue (%make-queue))
  (set! %wheel (make-vector %wheel-size '()))
  (set! %wheel-tick (%now-tick))
  (set! %sleepers 0)
  (dynamic-wind
    (lambda ()
      (when (pair? time-slice)
        (set! %time-slice-timer
              (%arm-periodic-interrupt (max 1 (exact (round (* (car time-slice) 1000000)))) %preempt-fiber))))
    (lambda ()
      (%schedule! thunk)
      (let loop ((runs 0))
        (%wheel-advance! (%now-tick))
        (cond ((not (%queue-empty? %run-queue))
               (cond ((and (or %poll-soon (>= runs %runs-per-poll)) (%io-waiting?))
                      (set! %poll-soon #f)
                      (%io-wake! 0)
                      (loop 0))
                     (else
                      (%run-fiber (%dequeue! %run-queue))
                      (loop (+ runs 1)))))
              ((%io-waiting?)
               ;; never negative (no limit) when the deadline passed since the wheel moved
               (%io-wake! (if (> %sleepers 0)
                              (* (max 0 (- (%earliest-deadline) (%now-tick))) %nanos-per-tick)
                              -1))
               (loop 0))
              ((> %sleepers 0)
               (let ((deadline (%earliest-deadline)))
                 (%sleep-nanoseconds (* (- deadline (%now-tick)) %nanos-per-tick))
                 (loop 0))))))
    (lambda ()
      (set! %run-queue #f)
      (when %time-slice-timer
        (%disarm-interrupt %time-slice-timer)
        (set! %time-slice-timer #f))
      (when %io-poller
        (%io-close-poller %io-poller)
        (set! %io-poller #f)))))

;;; ---- channels
;; A channel has a buffer (a queue; capacity #f means unbounded) and queues of
;; blocked getters and putters. A blocked party is a waiter: a shared box that
;; select sets once one of its operations completes, the resume procedure, the
;; operation's index, and for putters the value.

(define-record-type channel
  (%make-channel capacity buffer count getters putters)
  channel?
  (capacity %channel-capacity)
  (buffer %channel-buffer)
  (count %channel-count %set-channel-count!)
  (getters %channel-getters)
  (putters %channel-putters))

(define (make-channel . capacity)
  (let ((cap (if (null? capacity) #f (car capacity))))
    (unless (or (not cap) (and (exact-integer? cap) (>= cap 0)))
      (error "make-channel: expected a capacity that is a non-negative integer" cap))
    (%make-channel cap (%make-queue) 0 (%make-queue) (%make-queue))))

(define (%make-waiter done resume index value) (vector done resume index value))
(define (%waiter-live? w) (not (car (vector-ref w 0))))
(define (%waiter-fire! w v)
  (set-car! (vector-ref w 0) #t)
  ((vector-ref w 1) (cons (vector-ref w 2) v)))

;; the first waiter in q still waiting, removed; or #f
(define (%take-waiter! q)
  (let loop ()
    (cond ((%queue-empty? q) #f)
          (else (let ((w (%dequeue! q))) (if (%waiter-live? w) w (loop)))))))

(define (%buffer-room? ch)
  (or (not (%channel-capacity ch)) (< (%channel-count ch) (%channel-capacity ch))))

;; try to get without blocking: (#t . value) or #f
(define (%try-get ch)
  (cond ((> (%channel-count ch) 0)
         (let ((v (%dequeue! (%channel-buffer ch))))
           (%set-channel-count! ch (- (%channel-count ch) 1))
           ;; a blocked putter may now fill the room
           (let ((p (%take-waiter! (%channel-putters ch))))
             (when p
               (%enqueue! (%channel-buffer ch) (vector-ref p 3))
               (%set-channel-count! ch (+ (%channel-count ch) 1))
               (%waiter-fire! p #t)))
           (cons #t v)))
        (else
         (let ((p (%take-waiter! (%channel-putters ch))))
           (and p (begin (%waiter-fire! p #t) (cons #t (vector-ref p 3))))))))

;; try to put without blocking: #t or #f
(define (%try-put ch v)
  (let ((g (%take-waiter! (%channel-getters ch))))
    (cond (g (%waiter-fire! g v) #t)
          ((%buffer-room? ch)
           (%enqueue! (%channel-buffer ch) v)
           (%set-channel-count! ch (+ (%channel-count ch) 1))
           #t)
          (else #f))))

(define (get-operation ch) (vector 'get ch #f))
(define (put-operation ch v) (vector 'put ch v))

;; (select op ...): performs the first operation that can proceed, blocking until
;; one can; returns two values: the index of that operation and its value (the
;; value got, or #t for a put).
(define (select . ops)
  (let try ((os ops) (i 0))
    (if (pair? os)
        (let* ((op (car os)) (ch (vector-ref op 1)))
          (if (eq? (vector-ref op 0) 'get)
              (let ((r (%try-get ch))) (if r (values i (cdr r)) (try (cdr os) (+ i 1))))
              (if (%try-put ch (vector-ref op 2)) (values i #t) (try (cdr os) (+ i 1)))))
        (begin
          (%check-running 'select)
          (let ((result (%block (lambda (resume)
                                  (let ((done (list #f)))
                                    (let each ((os ops) (i 0))
                                      (when (pair? os)
                                        (let* ((op (car os)) (ch (vector-ref op 1)))
                                          (%enqueue! (if (eq? (vector-ref op 0) 'get) (%channel-getters ch) (%channel-putters ch))
                                                     (%make-waiter done resume i (vector-ref op 2))))
                                        (each (cdr os) (+ i 1)))))))))
            (values (car result) (cdr result)))))))

(define (channel-get ch)
  (let ((r (%try-get ch)))
    (if r
        (cdr r)
        (call-with-values (lambda () (select (get-operation ch))) (lambda (i v) v)))))

(define (channel-put ch v)
  (unless (%try-put ch v)
    (select (put-operation ch v)))
  (if #f #f))
