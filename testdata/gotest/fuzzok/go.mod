module example.com/fuzzok

go 1.19
