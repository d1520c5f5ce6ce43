package telegramtest

import (
	"fmt"
	"html"
	"strings"
)

// telegramTags are the tags Telegram's HTML parse mode accepts.
var telegramTags = map[string]bool{"b": true, "strong": true, "i": true, "em": true, "u": true, "ins": true,
	"s": true, "strike": true, "del": true, "code": true, "pre": true, "a": true, "tg-spoiler": true,
	"span": true, "blockquote": true, "tg-emoji": true}

// stripHTML checks markup as Telegram does (known tags, properly nested,
// <a> with an href) and returns the displayed text (tags removed; entities
// are decoded by the caller).
func stripHTML(raw string) (string, error) {
	var out strings.Builder
	var stack []string
	for i := 0; i < len(raw); i++ {
		c := raw[i]
		if c == '>' {
			return "", fmt.Errorf("can't parse entities: unexpected end tag at byte %d", i)
		}
		if c != '<' {
			out.WriteByte(c)
			continue
		}
		j := strings.IndexByte(raw[i:], '>')
		if j < 0 {
			return "", fmt.Errorf("can't parse entities: unclosed start tag at byte %d", i)
		}
		tag := raw[i+1 : i+j]
		i += j
		if name, ok := strings.CutPrefix(tag, "/"); ok {
			if len(stack) == 0 || stack[len(stack)-1] != name {
				return "", fmt.Errorf("can't parse entities: unmatched end tag %q", name)
			}
			stack = stack[:len(stack)-1]
			continue
		}
		name, attrs, _ := strings.Cut(tag, " ")
		if !telegramTags[name] {
			return "", fmt.Errorf("can't parse entities: unsupported start tag %q", name)
		}
		if name == "a" && (!strings.HasPrefix(attrs, `href="`) || !strings.HasSuffix(attrs, `"`) || strings.Count(attrs, `"`) != 2) {
			return "", fmt.Errorf("can't parse entities: bad link %q", attrs)
		}
		stack = append(stack, name)
	}
	if len(stack) > 0 {
		return "", fmt.Errorf("can't parse entities: can't find end tag corresponding to start tag %q", stack[len(stack)-1])
	}
	return out.String(), nil
}

// decodeHTML is the displayed text of checked HTML.
func decodeHTML(s string) string { return html.UnescapeString(s) }
