module example.com/stoptwice

go 1.19
