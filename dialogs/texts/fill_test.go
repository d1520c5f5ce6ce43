package texts

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
)

// sprintf is the oracle: what Fill must give.
func sprintf(format string, args []string) string {
	as := make([]any, len(args))
	for i, a := range args {
		as[i] = a
	}
	return fmt.Sprintf(format, as...)
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
