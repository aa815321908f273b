module example.com/replaced

go 1.19

require example.com/mathx v0.1.0

replace example.com/mathx => ./third_party/mathx
