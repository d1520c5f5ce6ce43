package bot

import (
	"errors"
	"fmt"
	"os"
	"strings"
)

// SecretFromEnv reads a secret from the environment variable name or from
// the file named by fileName (its _FILE twin), never both. Errors name the
// variables and the file, never the secret.
func SecretFromEnv(getenv func(string) string, name, fileName string) (string, error) {
	v, file := getenv(name), strings.TrimSpace(getenv(fileName))
	switch {
	case v != "" && file != "":
		return "", fmt.Errorf("%s and %s are both set: set only one of them", name, fileName)
	case file != "":
		b, err := os.ReadFile(file)
		if err != nil {
			var pe *os.PathError
			if errors.As(err, &pe) {
				err = pe.Err // the path is given below; the content never is
			}
			return "", fmt.Errorf("%s: cannot read the file %q: %v", fileName, file, err)
		}
		s := strings.TrimSpace(string(b))
		if s == "" {
			return "", fmt.Errorf("%s: the file %q is empty", fileName, file)
		}
		return s, nil
	}
	return strings.TrimSpace(v), nil
}
