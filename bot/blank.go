package bot

import (
	"errors"
	"unicode"
)

// errNoConversation refuses an update that names no conversation: it
// would create a session under a key shared by every such update.
var errNoConversation = errors.New("update without a channel or conversation refused")

// blank reports whether s shows nothing: only spaces, control and format
// characters (zero-width spaces and joiners, bidi marks, BOM), variation
// selectors and the "filler" letters that render as blank (Hangul fillers,
// the blank Braille pattern). Such a message is treated as empty, not as an
// answer.
func blank(s string) bool {
	for _, r := range s {
		switch {
		case unicode.IsSpace(r), unicode.IsControl(r), unicode.Is(unicode.Cf, r),
			unicode.Is(unicode.Variation_Selector, r),
			r == '\u034F',                                              // combining grapheme joiner
			r == '\u115F', r == '\u1160', r == '\u3164', r == '\uFFA0', // Hangul fillers
			r == '\u2800': // Braille pattern blank
		default:
			return false
		}
	}
	return true
}

// normalise clears a text that shows nothing (see blank).
func normalise(in Inbound) Inbound {
	if in.Text != "" && blank(in.Text) {
		in.Text = ""
	}
	return in
}
