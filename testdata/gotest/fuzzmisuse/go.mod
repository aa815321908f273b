module example.com/fuzzmisuse

go 1.19
