module example.com/modsum

go 1.19

require github.com/someone/tool v1.4.0
