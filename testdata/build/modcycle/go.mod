module example.com/modcycle

go 1.19
