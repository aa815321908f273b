module example.com/fuzzinput

go 1.19
