module example.com/leakysend

go 1.19
