module example.com/modpkgs

go 1.19
