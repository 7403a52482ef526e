(raise (list 1 "two" 'three))
