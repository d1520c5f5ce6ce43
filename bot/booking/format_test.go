package booking

import (
	"crypto/sha256"
	"encoding/base32"
	"fmt"
	"strings"
	"testing"
)

// TestFormatIsSprintf: the wordings' %s are filled without fmt, and
// anything else falls back to it; the text must be fmt's either way.
func TestFormatIsSprintf(t *testing.T) {
	for _, c := range []struct {
		f    string
		args []string
	}{
		{"", nil},
		{"", []string{"x"}},
		{"plain", nil},
		{"Conseiller : %s", []string{"Anne"}},
		{"%s – %s", []string{"RDV", "Mission locale"}},
		{"100%% %s", []string{"sûr"}},
		{"%s", nil},                      // missing argument
		{"%s", []string{"a", "b"}},       // extra argument
		{"%d jours", []string{"3"}},      // another verb
		{"%q et %s", []string{"a", "b"}}, // another verb first
		{"fin %", []string{}},            // a lone %
		{"%5s|", []string{"ab"}},         // a width
		{"é%sè", []string{"\u00e0"}},
	} {
		args := make([]any, len(c.args))
		for i, a := range c.args {
			args[i] = a
		}
		want := ""
		if c.f != "" {
			want = fmt.Sprintf(c.f, args...)
		}
		if got := format(c.f, c.args...); got != want {
			t.Errorf("format(%q, %q) = %q, want %q", c.f, c.args, got, want)
		}
		if got := string(appendFormat([]byte("pre:"), c.f, c.args...)); got != "pre:"+want {
			t.Errorf("appendFormat(%q, %q) = %q, want %q", c.f, c.args, got, "pre:"+want)
		}
	}
}

// TestReferenceUnchanged: references are stored and retried turns find
// theirs again: the allocation-free Reference gives what the first one
// gave (a join, sha256, base32 of 5 bytes).
func TestReferenceUnchanged(t *testing.T) {
	old := func(parts ...string) string {
		h := sha256.Sum256([]byte(strings.Join(parts, "\x00")))
		enc := base32.NewEncoding("ABCDEFGHJKLMNPQRSTUVWXYZ23456789").WithPadding(base32.NoPadding)
		return "CEP-" + enc.EncodeToString(h[:5])
	}
	long := strings.Repeat("é", 300) // past the stack buffer
	for _, parts := range [][]string{
		nil, {""}, {"", ""}, {"v1"}, {"v1", "2026-06-15 09:00:00 +0000 UTC", "st3"},
		{"visitor", "urgent", "x"}, {long, "a"}, {"a", long},
	} {
		if got, want := Reference(parts...), old(parts...); got != want {
			t.Errorf("Reference(%q) = %s, want %s", parts, got, want)
		}
	}
}
