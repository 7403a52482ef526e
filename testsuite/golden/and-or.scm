;; or binds a temporary so its test is evaluated once
(define (f a b) (or (and a b) (not a) 'neither))
(f 1 #f)
