package booking

import (
	"fmt"
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
