module example.com/modmissing

go 1.19
