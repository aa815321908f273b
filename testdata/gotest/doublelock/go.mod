module example.com/doublelock

go 1.19
