module example.com/wgmisuse

go 1.19
