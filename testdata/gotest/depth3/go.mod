module example.com/depth3

go 1.19
