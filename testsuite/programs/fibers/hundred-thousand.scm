;; 100,000 fibres in one OS thread, each sleeping on the timing wheel, then
;; receiving a number on its own bounded channel and sending back its double.
(import (scheme base) (scheme write) (pogo fibers))
(define n 100000)
(run-fibers
  (lambda ()
    (define results (make-channel))
    (do ((i 0 (+ i 1))) ((= i n))
      (let ((inbox (make-channel 1)))
        (spawn (lambda ()
                 (sleep 0.05)
                 (let ((x (channel-get inbox)))
                   (channel-put results (* 2 x)))))
        (channel-put inbox i)))
    (let loop ((k 0) (sum 0))
      (if (= k n)
          (begin (display sum) (newline))
          (loop (+ k 1) (+ sum (channel-get results)))))))
