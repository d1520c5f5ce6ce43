package directory

import _ "embed"

//go:generate go run ./internal/gensample -o sample.yaml

//go:embed sample.yaml
var sampleYAML []byte
