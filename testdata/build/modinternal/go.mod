module example.com/modinternal

go 1.19
