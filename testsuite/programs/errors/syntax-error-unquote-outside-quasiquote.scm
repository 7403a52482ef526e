;; unquote only means something inside quasiquote
(display (unquote x))
