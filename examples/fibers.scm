;; Green threads: 10,000 fibres in one OS thread, each sleeping a little and
;; then sending a message; a collector fibre sums them.
(import (scheme base) (scheme write) (pogo fibers))

(run-fibers
  (lambda ()
    (define inbox (make-channel))
    (do ((i 1 (+ i 1))) ((> i 10000))
      (let ((i i))
        (spawn (lambda () (sleep (/ (modulo i 10) 1000)) (channel-put inbox i)))))
    (let loop ((n 0) (sum 0))
      (if (= n 10000)
          (begin (display "sum of messages: ") (display sum) (newline))
          (loop (+ n 1) (+ sum (channel-get inbox)))))))
