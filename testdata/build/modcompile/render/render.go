package pretty

func Show() {}
