package secret

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestFromEnv(t *testing.T) {
	dir := t.TempDir()
	write := func(name, content string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(content), 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	good := write("good", "s3cret-value\r\n \t\n")
	empty := write("empty", " \n\n")
	missing := filepath.Join(dir, "missing")
	for _, c := range []struct {
		name    string
		env     map[string]string
		want    string
		problem Problem
	}{
		{"neither", nil, "", 0},
		{"value", map[string]string{"X": "s3cret-value\n"}, "s3cret-value", 0},
		{"value keeps leading spaces", map[string]string{"X": " a b "}, " a b", 0},
		{"file", map[string]string{"X_FILE": good}, "s3cret-value", 0},
		{"file path trimmed", map[string]string{"X_FILE": " " + good + "\n"}, "s3cret-value", 0},
		{"both", map[string]string{"X": "v", "X_FILE": good}, "", BothSet},
		{"empty file", map[string]string{"X_FILE": empty}, "", Empty},
		{"missing file", map[string]string{"X_FILE": missing}, "", Unreadable},
	} {
		t.Run(c.name, func(t *testing.T) {
			got, err := FromEnv(func(k string) string { return c.env[k] }, "X")
			if got != c.want {
				t.Errorf("value %q, want %q", got, c.want)
			}
			var se *Error
			switch {
			case c.problem == 0 && err != nil:
				t.Fatalf("unexpected error %v", err)
			case c.problem != 0 && !errors.As(err, &se):
				t.Fatalf("error %v, want a *secret.Error", err)
			case c.problem != 0:
				if se.Problem != c.problem || se.Name != "X" || se.FileVar != "X_FILE" {
					t.Errorf("error %+v, want problem %d on X/X_FILE", se, c.problem)
				}
				if strings.Contains(err.Error(), "s3cret") {
					t.Errorf("the error quotes the secret: %v", err)
				}
			}
		})
	}
}
