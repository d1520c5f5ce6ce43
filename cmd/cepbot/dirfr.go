package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"sync"

	"github.com/cep-accueil/cepbot/bot/directory"
	"github.com/cep-accueil/cepbot/dialogs/texts"
)

var (
	dirFormatsOnce sync.Once
	dirFormatsFR   map[string]string
)

// frenchDirectoryError words one directory problem in French, as
// "file:line: champ : message". A message without a known format (the YAML
// parser's) keeps its text after a French prefix.
func frenchDirectoryError(e *directory.Error) string {
	o := &texts.FR().Ops
	dirFormatsOnce.Do(func() { dirFormatsFR = directoryFormats(o) })
	msg := e.Msg
	switch fr, ok := dirFormatsFR[e.Format]; {
	case ok:
		args := make([]any, len(e.Args))
		for i, a := range e.Args {
			args[i] = a
			if s, isStr := a.(string); isStr && strings.HasPrefix(e.Format, "expected ") {
				args[i] = foundFR(o, s)
			}
		}
		msg = fmt.Sprintf(fr, args...)
	case e.Format == "":
		if rest, ok := strings.CutPrefix(msg, "internal error while reading the file: "); ok {
			msg = o.DirInternal + rest
		} else {
			msg = o.DirSyntax + strings.TrimPrefix(msg, "invalid YAML: ")
		}
	}
	var b strings.Builder
	if e.File != "" {
		b.WriteString(e.File + ":")
	}
	if e.Line > 0 {
		b.WriteString(strconv.Itoa(e.Line) + ":")
	}
	if b.Len() > 0 {
		b.WriteString(" ")
	}
	if e.Field != "" {
		b.WriteString(e.Field + " : ")
	}
	b.WriteString(msg)
	return b.String()
}

// foundFR words what the directory parser found instead of the expected
// value ("a mapping", "a list", "empty", a quoted scalar).
func foundFR(o *texts.Ops, s string) string {
	switch s {
	case "a mapping":
		return o.DirFoundMapping
	case "a list":
		return o.DirFoundList
	case "empty":
		return o.DirFoundEmpty
	case "something else":
		return o.DirFoundOther
	}
	return s
}

// frenchDirectoryProblems lists the problems of a directory load error in
// French, one per line ([err's text] when it is not a list of problems).
func frenchDirectoryProblems(err error) []string {
	var list *directory.Errors
	if !errors.As(err, &list) {
		return []string{err.Error()}
	}
	out := make([]string, len(list.List))
	for i, e := range list.List {
		out[i] = frenchDirectoryError(e)
	}
	return out
}
