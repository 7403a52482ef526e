;; apply needs the procedure and a list: the message says so
(apply +)
