module example.com/modcompile

go 1.19
