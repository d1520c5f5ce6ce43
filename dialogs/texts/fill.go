package texts

import (
	"fmt"
	"strings"
)

// Fill is fmt.Sprintf for catalogue texts whose verbs are all %s: the
// result in one allocation, where Sprintf boxes every argument. A text
// with another verb (%d, %[2]s…) or the wrong number of arguments is
// handed to fmt.Sprintf, so the output is always Sprintf's.
func Fill(format string, args ...string) string {
	n := len(format)
	for _, a := range args {
		n += len(a)
	}
	// Each %s of a well-formed text is two bytes of the format not
	// written; a text that is not well formed goes to Sprintf, so the
	// size is never short.
	var b strings.Builder
	b.Grow(max(0, n-2*len(args)))
	next := 0
	// the text between verbs goes in one copy: most of a catalogue text is
	// plain words (byte by byte, it was 2 % of a turn's instructions)
	for i := 0; i < len(format); {
		j := strings.IndexByte(format[i:], '%')
		if j < 0 {
			b.WriteString(format[i:])
			break
		}
		b.WriteString(format[i : i+j])
		i += j
		if i+1 < len(format) && format[i+1] == '%' {
			b.WriteByte('%')
			i += 2
			continue
		}
		if i+1 >= len(format) || format[i+1] != 's' || next >= len(args) {
			return sprintf(format, args)
		}
		b.WriteString(args[next])
		next++
		i += 2
	}
	if next != len(args) {
		return sprintf(format, args)
	}
	return b.String()
}

func sprintf(format string, args []string) string {
	as := make([]any, len(args))
	for i, a := range args {
		// A copy boxed, not the argument: so that Fill keeps none of its
		// arguments and a caller may pass a view of a stack buffer (a
		// date put together for one line).
		as[i] = strings.Clone(a)
	}
	return fmt.Sprintf(format, as...)
}
