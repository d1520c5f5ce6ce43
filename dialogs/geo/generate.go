package geo

//go:generate go run ./internal/gen -o communes.txt.gz -centres centres.txt.gz
