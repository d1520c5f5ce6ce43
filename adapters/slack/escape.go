package slack

import (
	"strings"
	"unicode"
)

// VisitorText neutralises text written by a visitor for Slack mrkdwn, so
// that staff see exactly what was typed and nothing else happens:
//   - &, < and > are escaped (no links, mentions such as <!channel>, or
//     user and channel references);
//   - the formatting markers * _ ~ ` are replaced by look-alikes that Slack
//     does not interpret (∗ ˍ ∼ ˋ): no bold, italics, strike-through or
//     code spans;
//   - bidirectional controls (right-to-left override and the like), which
//     could make a text read differently from what it is, and other
//     invisible format characters are removed;
//   - control characters are removed, except line breaks; a tab becomes a
//     space.
//
// Use it for every piece of visitor text placed in a Slack message (cards,
// relayed messages); staff text and the bot's own wording use Escape.
func VisitorText(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 8)
	for _, r := range s {
		switch {
		case r == '\n':
			b.WriteByte('\n')
		case r == '\t':
			b.WriteByte(' ')
		case r == '&':
			b.WriteString("&amp;")
		case r == '<':
			b.WriteString("&lt;")
		case r == '>':
			b.WriteString("&gt;")
		case r == '*':
			b.WriteRune('∗') // U+2217 ASTERISK OPERATOR
		case r == '_':
			b.WriteRune('ˍ') // U+02CD MODIFIER LETTER LOW MACRON
		case r == '~':
			b.WriteRune('∼') // U+223C TILDE OPERATOR
		case r == '`':
			b.WriteRune('ˋ') // U+02CB MODIFIER LETTER GRAVE ACCENT
		case r == unicode.ReplacementChar:
			b.WriteRune(r) // invalid UTF-8 stays visible
		case unicode.IsControl(r), unicode.Is(unicode.Cf, r), r == '\u2028', r == '\u2029':
			// C0/C1 controls; format characters: bidi embeddings,
			// overrides and isolates, zero-width spaces and joiners, BOM.
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}
