module example.com/latelog

go 1.19
