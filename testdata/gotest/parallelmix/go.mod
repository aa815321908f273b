module example.com/parallelmix

go 1.19
