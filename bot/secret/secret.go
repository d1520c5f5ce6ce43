// Package secret is the one reader of secrets for cmd and every adapter: a
// secret comes from the environment variable NAME or from the file named by
// its twin NAME_FILE (compose and Kubernetes secrets), never both. Trailing
// whitespace (the newline editors and `echo` add) is trimmed. Errors name
// the variables and the file, never the secret; they are typed so that a
// caller can explain them in its own words (cmd does, in French).
package secret

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"unicode"
)

// FileSuffix makes the name of a secret's file twin: NAME + FileSuffix.
const FileSuffix = "_FILE"

// Problem is what went wrong reading a secret.
type Problem int

const (
	// BothSet: NAME and NAME_FILE are both set.
	BothSet Problem = iota + 1
	// Unreadable: the file cannot be read (Err says why).
	Unreadable
	// Empty: the file holds nothing but whitespace.
	Empty
)

// Error explains a secret that could not be read. It never holds the secret.
type Error struct {
	Name    string // the variable, e.g. CEPBOT_TELEGRAM_TOKEN
	FileVar string // its file twin, CEPBOT_TELEGRAM_TOKEN_FILE; "" for a file named elsewhere
	Path    string // the file, for Unreadable and Empty
	Problem Problem
	Err     error // the cause, for Unreadable (without the path)
}

func (e *Error) Error() string {
	switch e.Problem {
	case BothSet:
		return fmt.Sprintf("%s and %s are both set: set only one of them", e.Name, e.FileVar)
	case Unreadable:
		return fmt.Sprintf("%s: cannot read the file %q: %v", e.source(), e.Path, e.Err)
	case Empty:
		return fmt.Sprintf("%s: the file %q is empty", e.source(), e.Path)
	}
	return e.Name + ": unreadable secret"
}

func (e *Error) Unwrap() error { return e.Err }

func (e *Error) source() string {
	if e.FileVar != "" {
		return e.FileVar
	}
	return e.Name
}

// FromEnv reads the secret NAME from the environment (getenv is os.Getenv
// in production) or from the file named by NAME_FILE. Neither set gives "",
// nil: whether the secret is required is the caller's business.
func FromEnv(getenv func(string) string, name string) (string, error) {
	fileVar := name + FileSuffix
	v, path := getenv(name), strings.TrimSpace(getenv(fileVar))
	switch {
	case v != "" && path != "":
		return "", &Error{Name: name, FileVar: fileVar, Problem: BothSet}
	case path != "":
		s, err := File(path)
		if err != nil {
			var se *Error
			if errors.As(err, &se) {
				se.Name, se.FileVar = name, fileVar
			}
			return "", err
		}
		return s, nil
	}
	return Trim(v), nil
}

// File reads a secret from a file, its trailing whitespace trimmed. An
// empty file is an error.
func File(path string) (string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		var pe *os.PathError
		if errors.As(err, &pe) {
			err = pe.Err // the path is in the Error; the content never is
		}
		return "", &Error{Path: path, Problem: Unreadable, Err: err}
	}
	s := Trim(string(b))
	if s == "" {
		return "", &Error{Path: path, Problem: Empty}
	}
	return s, nil
}

// Trim drops trailing whitespace (newline, carriage return, spaces, tabs).
func Trim(s string) string { return strings.TrimRightFunc(s, unicode.IsSpace) }
