package lib

import "foo/bar"

func F() { bar.G() }
