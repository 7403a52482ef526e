#| never closed (display 1)
