(display #\foo)
