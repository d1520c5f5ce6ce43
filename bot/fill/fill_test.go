package fill

import (
	"fmt"
	"testing"
	"unsafe"
)

func sprintf(f string, args []string) string {
	a := make([]any, len(args))
	for i, s := range args {
		a[i] = s
	}
	return fmt.Sprintf(f, a...)
}

// TestIsSprintf: the wordings' %s are filled without fmt, and anything
// else falls back to it; the text must be fmt's either way.
func TestIsSprintf(t *testing.T) {
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
		{"100 %% sûr : %s%", []string{"oui"}}, // a lone % at the end
		{"%s", nil},                           // missing argument
		{"%s", []string{"a", "b"}},            // extra argument
		{"%d jours", []string{"3"}},           // another verb
		{"%q et %s", []string{"a", "b"}},      // another verb first
		{"%s puis %q", []string{"a", "b"}},    // another verb after a %s already written
		{"%[2]s %[1]s", []string{"a", "b"}},   // explicit indexes
		{"fin %", []string{}},
		{"%5s|", []string{"ab"}},
		{"é%sè", []string{"\u00e0"}},
		{"%s%s%s", []string{"", "\xff", "b"}},
	} {
		want := sprintf(c.f, c.args)
		if got := String(c.f, c.args...); got != want {
			t.Errorf("String(%q, %q) = %q, want %q", c.f, c.args, got, want)
		}
		if got := string(Append([]byte("pre:"), c.f, c.args...)); got != "pre:"+want {
			t.Errorf("Append(%q, %q) = %q, want %q", c.f, c.args, got, "pre:"+want)
		}
	}
}

// TestStringOneAllocation: a well-formed wording costs its string only.
func TestStringOneAllocation(t *testing.T) {
	if n := testing.AllocsPerRun(100, func() {
		_ = String("À %s, le %s à %s.", "Rennes", "mardi 2 juin", "10 h 30")
	}); n != 1 {
		t.Errorf("String: %v allocations, want 1", n)
	}
}

// TestArgumentsStayOnTheStack: an argument made from a caller's stack
// buffer (dialogs.slotLine's date) must not escape through the fallback's
// boxing, or that buffer costs an allocation on every call.
func TestArgumentsStayOnTheStack(t *testing.T) {
	if n := testing.AllocsPerRun(100, func() {
		var buf [32]byte
		b := append(buf[:0], "mardi 2 juin"...)
		_ = String("Le %s.", unsafe.String(unsafe.SliceData(b), len(b)))
	}); n != 1 {
		t.Errorf("String with a stack-made argument: %v allocations, want 1", n)
	}
}

// FuzzIsSprintf: String and Append give what fmt.Sprintf gives, whatever
// the wording and its arguments.
func FuzzIsSprintf(f *testing.F) {
	f.Add("À %s, le %s.", "Rennes", "mardi")
	f.Add("100 %% sûr : %s%", "oui", "")
	f.Add("%d %[2]s %s", "a", "b")
	f.Fuzz(func(t *testing.T, format, a, b string) {
		for _, args := range [][]string{nil, {a}, {a, b}} {
			want := sprintf(format, args)
			if got := String(format, args...); got != want {
				t.Fatalf("String(%q, %q) = %q, want %q", format, args, got, want)
			}
			if got := string(Append([]byte("x"), format, args...)); got != "x"+want {
				t.Fatalf("Append(%q, %q) = %q, want %q", format, args, got, "x"+want)
			}
		}
	})
}
