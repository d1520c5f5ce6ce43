// Package composecheck holds the test of the repository's docker-compose.yml.
//
// It is a module of its own so that compose-go and what it pulls in (logrus,
// docker/*, a YAML v4 release candidate) stay out of the main module's graph:
// `go list -deps ./cmd/cepbot` and the main go.mod carry only what the binary
// needs. .ci/run runs its test: `cd cmd/cepbot/internal/composecheck && go test ./...`.
package composecheck
