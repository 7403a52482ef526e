(error "Something bad:" 42 "str" (quote sym) (list 1 "a"))
