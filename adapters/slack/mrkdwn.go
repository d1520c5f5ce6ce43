package slack

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Rendered is a Slack message converted for a visitor's channel.
type Rendered struct {
	HTML  string // Telegram HTML: <b>, <i>, <s>, <code>, <pre>, <a href>; everything else escaped
	Plain string // the same without markup (links as "label (url)")
}

// maxMarkerSpan bounds how far a closing *, _ or ~ is looked for, so that
// a long line full of markers stays linear.
const maxMarkerSpan = 2000

// ToTelegram converts the text of a Slack message (mrkdwn, as Slack sends
// it: &, < and > escaped; <…> for links, mentions and channels) into
// Telegram HTML and plain text. Mentions become names through name (nil or
// "" for an unknown user: the mention's label, else "un conseiller").
// Unbalanced markers stay as typed. The HTML is always well formed.
func ToTelegram(s string, name func(userID string) string) Rendered {
	s = strings.ToValidUTF8(s, "\uFFFD")
	c := &converter{name: name}
	c.run(s, 0)
	return Rendered{HTML: c.html.String(), Plain: c.plain.String()}
}

type converter struct {
	html, plain strings.Builder
	name        func(string) string
}

func (c *converter) text(s string) {
	u := unescape(s)
	c.plain.WriteString(u)
	c.html.WriteString(htmlEscape(u))
}

var htmlEscaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;")

func htmlEscape(s string) string { return htmlEscaper.Replace(s) }

var markerTags = map[byte]string{'*': "b", '_': "i", '~': "s"}

// run converts s; open holds the markers already open around it (bit per
// marker) so that a marker never nests in itself.
func (c *converter) run(s string, open int) {
	start := 0    // start of pending plain text
	noGT := false // no '>' left: no more tokens
	flush := func(i int) {
		if i > start {
			c.text(s[start:i])
		}
	}
	for i := 0; i < len(s); {
		ch := s[i]
		switch {
		case ch == '<' && !noGT:
			j := strings.IndexByte(s[i+1:], '>')
			if j < 0 {
				noGT = true
				i++
				continue
			}
			flush(i)
			c.token(s[i+1 : i+1+j])
			i += j + 2
			start = i
			continue
		case ch == '`':
			if strings.HasPrefix(s[i:], "```") {
				if j := strings.Index(s[i+3:], "```"); j >= 0 {
					flush(i)
					inner := s[i+3 : i+3+j]
					u := unescape(inner)
					c.html.WriteString("<pre>" + htmlEscape(u) + "</pre>")
					c.plain.WriteString(u)
					i += j + 6
					start = i
					continue
				}
			}
			if j := strings.IndexByte(s[i+1:], '`'); j > 0 && !strings.Contains(s[i+1:i+1+j], "\n") {
				flush(i)
				u := unescape(s[i+1 : i+1+j])
				c.html.WriteString("<code>" + htmlEscape(u) + "</code>")
				c.plain.WriteString(u)
				i += j + 2
				start = i
				continue
			}
		case ch == '*' || ch == '_' || ch == '~':
			bit := 1 << strings.IndexByte("*_~", ch)
			if open&bit == 0 && opens(s, i) {
				if j := closes(s, i); j > 0 {
					flush(i)
					tag := markerTags[ch]
					c.html.WriteString("<" + tag + ">")
					c.run(s[i+1:j], open|bit)
					c.html.WriteString("</" + tag + ">")
					i = j + 1
					start = i
					continue
				}
			}
		}
		i++
	}
	flush(len(s))
}

// opens reports whether the marker at i can open a span: at the start or
// after a space or punctuation, followed by a non-space.
func opens(s string, i int) bool {
	if i+1 >= len(s) || s[i+1] == s[i] || s[i+1] == ' ' || s[i+1] == '\n' || s[i+1] == '\t' {
		return false
	}
	if i == 0 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return !unicode.IsLetter(r) && !unicode.IsDigit(r)
}

// closes returns the index of the marker closing the one at i on the same
// line (preceded by a non-space, followed by the end, a space or
// punctuation), or -1.
func closes(s string, i int) int {
	m := s[i]
	end := min(len(s), i+maxMarkerSpan)
	for j := i + 2; j < end; j++ {
		switch s[j] {
		case '\n':
			return -1
		case m:
			if s[j-1] == ' ' || s[j-1] == '\t' {
				continue
			}
			if j+1 < len(s) {
				r, _ := utf8.DecodeRuneInString(s[j+1:])
				if unicode.IsLetter(r) || unicode.IsDigit(r) {
					continue
				}
			}
			return j
		}
	}
	return -1
}

// token renders what Slack puts between < and >.
func (c *converter) token(t string) {
	target, label, _ := strings.Cut(t, "|")
	switch {
	case strings.HasPrefix(target, "@"):
		n := ""
		if c.name != nil {
			n = c.name(target[1:])
		}
		if n == "" {
			n = strings.TrimPrefix(unescape(label), "@")
		}
		if n == "" {
			n = "un conseiller"
		}
		c.plain.WriteString(n)
		c.html.WriteString(htmlEscape(n))
	case strings.HasPrefix(target, "#"):
		if label != "" {
			c.text("#" + label)
		}
	case strings.HasPrefix(target, "!"):
		if label != "" { // dates, user groups: their fallback text
			c.text(label)
		}
	default:
		url := unescape(target)
		lower := strings.ToLower(url)
		if !strings.HasPrefix(lower, "http://") && !strings.HasPrefix(lower, "https://") && !strings.HasPrefix(lower, "mailto:") && !strings.HasPrefix(lower, "tel:") {
			c.text(t) // not a link Telegram opens: shown as typed
			return
		}
		shown := unescape(label)
		if shown == "" {
			shown = strings.TrimPrefix(url, "mailto:")
		}
		c.html.WriteString(`<a href="` + htmlEscape(url) + `">` + htmlEscape(shown) + "</a>")
		c.plain.WriteString(shown)
		if label != "" && shown != url {
			c.plain.WriteString(" (" + url + ")")
		}
	}
}
