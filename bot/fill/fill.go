// Package fill fills the wordings of the text catalogues (the dialogue's
// and the calendar's): fmt.Sprintf for texts whose verbs are all %s,
// without an interface conversion per argument. Both catalogues used to
// have their own copy of this loop; one is enough to keep correct.
package fill

import (
	"fmt"
	"strings"
	"unsafe"
)

// Append appends fmt.Sprintf(f, args...) to dst. Each %s takes the next
// argument and %% is a percent sign; any other verb (%d, %[2]s, %5s…), a
// lone % or a count of %s other than the arguments' is left to fmt, whose
// output (error marks included) this then is. The text between verbs is
// copied in one piece: most of a wording is plain words.
func Append(dst []byte, f string, args ...string) []byte {
	from, next := len(dst), 0
	for i := 0; i < len(f); {
		j := strings.IndexByte(f[i:], '%')
		if j < 0 {
			dst = append(dst, f[i:]...)
			break
		}
		dst = append(dst, f[i:i+j]...)
		i += j
		switch {
		case i+1 < len(f) && f[i+1] == '%':
			dst = append(dst, '%')
		case i+1 < len(f) && f[i+1] == 's' && next < len(args):
			dst = append(dst, args[next]...)
			next++
		default:
			return fmtAppend(dst[:from], f, args)
		}
		i += 2
	}
	if next != len(args) {
		return fmtAppend(dst[:from], f, args)
	}
	return dst
}

// String is fmt.Sprintf(f, args...) for such a wording, in one allocation
// when every verb is %s.
func String(f string, args ...string) string {
	n := len(f)
	for _, a := range args {
		n += len(a)
	}
	// Each %s is two bytes of f not written; a wording that is not well
	// formed goes to fmt, which grows the slice as it needs.
	b := Append(make([]byte, 0, max(0, n-2*len(args))), f, args...)
	// b is never written again: the string may share its bytes, as
	// strings.Builder's does.
	return unsafe.String(unsafe.SliceData(b), len(b))
}

func fmtAppend(dst []byte, f string, args []string) []byte {
	a := make([]any, len(args))
	for i, s := range args {
		// A copy boxed, not the argument: an argument put in an interface
		// escapes, and with it the buffer a caller may have made it from
		// (a date put together on the stack for one line, dialogs.slotLine),
		// which would then cost an allocation on every call, fallback or not.
		a[i] = strings.Clone(s)
	}
	return fmt.Appendf(dst, f, a...)
}
