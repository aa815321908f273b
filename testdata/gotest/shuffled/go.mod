module example.com/shuffled

go 1.19
