package directory

import (
	"fmt"
	"sort"
	"strings"
)

// Error is one problem found in a directory file.
type Error struct {
	File  string
	Line  int
	Field string // path of the field, e.g. "agencies[3].hours.mon"
	Msg   string
	// Format and Args are what Msg was made of (Format is empty for a
	// message from the YAML parser), so that a caller can word the
	// message in another language.
	Format string
	Args   []any
}

// Error formats "file:line: field: msg" (parts that are unknown are left out).
func (e *Error) Error() string {
	var b strings.Builder
	if e.File != "" {
		b.WriteString(e.File)
		b.WriteString(":")
	}
	if e.Line > 0 {
		fmt.Fprintf(&b, "%d:", e.Line)
	}
	if b.Len() > 0 {
		b.WriteString(" ")
	}
	if e.Field != "" {
		b.WriteString(e.Field)
		b.WriteString(": ")
	}
	b.WriteString(e.Msg)
	return b.String()
}

// Errors lists every problem found in a directory file, sorted by line.
type Errors struct{ List []*Error }

// Error joins the problems, one per line.
func (e *Errors) Error() string {
	s := make([]string, len(e.List))
	for i, x := range e.List {
		s[i] = x.Error()
	}
	return strings.Join(s, "\n")
}

// Unwrap exposes each problem to errors.Is / errors.As.
func (e *Errors) Unwrap() []error {
	out := make([]error, len(e.List))
	for i, x := range e.List {
		out[i] = x
	}
	return out
}

func (e *Errors) add(file string, line int, field, format string, args ...any) {
	e.List = append(e.List, &Error{File: file, Line: line, Field: field, Msg: fmt.Sprintf(format, args...), Format: format, Args: args})
}

func (e *Errors) sort() {
	sort.SliceStable(e.List, func(i, j int) bool { return e.List[i].Line < e.List[j].Line })
}

func (e *Errors) err() error {
	if len(e.List) == 0 {
		return nil
	}
	e.sort()
	return e
}
