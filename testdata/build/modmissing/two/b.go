package three

func G() {}
