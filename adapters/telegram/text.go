package telegram

import (
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// maxMessage is Telegram's limit on a message's text, in UTF-16 code units
// after entity parsing. The adapter escapes all text and adds no markup, so
// the parsed text is the raw text and its length is exact.
const maxMessage = 4096

var htmlEscaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;")

// escapeHTML makes any text safe for parse_mode HTML.
func escapeHTML(s string) string { return htmlEscaper.Replace(s) }

// cleanText makes text acceptable to Telegram: valid UTF-8, no NUL.
func cleanText(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	return strings.ReplaceAll(s, "\x00", "")
}

func utf16Len(s string) int {
	n := 0
	for _, r := range s {
		if w := utf16.RuneLen(r); w > 0 {
			n += w
		} else {
			n += 2 // invalid: counted conservatively
		}
	}
	return n
}

// splitText cuts s (valid UTF-8, see cleanText) into parts of at most limit UTF-16 code units, at line
// breaks when possible, else at spaces, else between runes. Empty parts
// (blank runs at a cut) are dropped.
func splitText(s string, limit int) []string {
	s = strings.TrimRight(s, " \n\t")
	if s == "" {
		return nil
	}
	var parts []string
	for s != "" {
		if utf16Len(s) <= limit {
			parts = append(parts, s)
			break
		}
		// end: byte offset of the longest prefix within the limit.
		end, n := 0, 0
		for i, r := range s {
			w := utf16.RuneLen(r)
			if w < 0 {
				w = 2
			}
			if n+w > limit {
				break
			}
			n += w
			end = i + max(utf8.RuneLen(r), 1)
		}
		if end == 0 { // limit below one rune: never loop forever
			_, end = utf8.DecodeRuneInString(s)
		}
		cut := end
		if i := strings.LastIndexByte(s[:end], '\n'); i > 0 {
			cut = i
		} else if i := strings.LastIndexByte(s[:end], ' '); i > 0 {
			cut = i
		}
		if p := strings.TrimRight(s[:cut], " \n\t"); p != "" {
			parts = append(parts, p)
		}
		s = strings.TrimLeft(s[cut:], " \n")
	}
	return parts
}

// truncate shortens s to at most n runes, marking the cut with "…".
func truncate(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}
