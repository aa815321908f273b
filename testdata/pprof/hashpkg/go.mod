module example.com/hashpkg

go 1.19
