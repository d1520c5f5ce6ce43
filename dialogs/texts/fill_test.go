package texts

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
)

func TestFillIsSprintf(t *testing.T) {
	for _, c := range []struct {
		format string
		args   []string
	}{
		{"", nil},
		{"plain", nil},
		{"%s", []string{"a"}},
		{"À %s, le %s.", []string{"Rennes", "mardi 1er décembre"}},
		{"100 %% sûr : %s", []string{"oui"}},
		{"%s et %s", []string{"un"}},   // missing
		{"%s", []string{"un", "deux"}}, // extra
		{"%d ans", []string{"4"}},      // another verb
		{"%[2]s puis %[1]s", []string{"a", "b"}},
		{"fin %", nil},
		{"%s%", []string{"x"}},
	} {
		if got, want := Fill(c.format, c.args...), sprintf(c.format, c.args); got != want {
			t.Errorf("Fill(%q, %q) = %q, want %q", c.format, c.args, got, want)
		}
	}
}

// Every text of both catalogues gives with Fill what it gives with Sprintf,
// whatever its verbs.
func TestFillOnCatalogue(t *testing.T) {
	for _, lang := range []Lang{French, English} {
		n := 0
		var walk func(v reflect.Value)
		walk = func(v reflect.Value) {
			switch v.Kind() {
			case reflect.String:
				f := v.String()
				args := make([]string, strings.Count(f, "%s"))
				for i := range args {
					args[i] = fmt.Sprint("«", i, "»")
				}
				if got, want := Fill(f, args...), sprintf(f, args); got != want {
					t.Errorf("%s: Fill(%q) = %q, want %q", lang, f, got, want)
				}
				n++
			case reflect.Struct:
				for i := range v.NumField() {
					if v.Type().Field(i).IsExported() {
						walk(v.Field(i))
					}
				}
			case reflect.Slice, reflect.Array:
				for i := range v.Len() {
					walk(v.Index(i))
				}
			case reflect.Map:
				for _, k := range v.MapKeys() {
					walk(v.MapIndex(k))
				}
			case reflect.Pointer:
				if !v.IsNil() {
					walk(v.Elem())
				}
			}
		}
		walk(reflect.ValueOf(For(lang)))
		if n < 100 {
			t.Errorf("%s: only %d texts walked", lang, n)
		}
	}
}

func BenchmarkFill(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		_ = Fill("%s, avec %s", "mardi 1er décembre à 10 h 15", "Mme Durand")
	}
}

// FuzzFillIsSprintf: Fill gives what fmt.Sprintf gives, whatever the text
// and its one or two arguments.
func FuzzFillIsSprintf(f *testing.F) {
	f.Add("À %s, le %s.", "Rennes", "mardi")
	f.Add("100 %% sûr : %s%", "oui", "")
	f.Add("%d %[2]s %s", "a", "b")
	f.Fuzz(func(t *testing.T, format, a, b string) {
		for _, args := range [][]string{nil, {a}, {a, b}} {
			if got, want := Fill(format, args...), sprintf(format, args); got != want {
				t.Fatalf("Fill(%q, %q) = %q, want %q", format, args, got, want)
			}
		}
	})
}
