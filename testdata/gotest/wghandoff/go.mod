module example.com/wghandoff

go 1.19
