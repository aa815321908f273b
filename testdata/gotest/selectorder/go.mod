module example.com/selectorder

go 1.19
