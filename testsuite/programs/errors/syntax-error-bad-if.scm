(display 1)
(if)
