;; implement checks method names against the interfaces at compile time.
(define r (implement Runnable (rnu () (display "never"))))
(.run r)
