module example.com/subnames

go 1.19
