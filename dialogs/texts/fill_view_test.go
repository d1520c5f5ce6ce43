package texts

import (
	"testing"
	"time"
	"unsafe"
)

// Fill keeps none of its arguments (slotLine passes a view of a stack
// buffer): results, Sprintf's fallback included, must not change when the
// bytes under an argument are written again.
func TestFillKeepsNoArgument(t *testing.T) {
	for _, format := range []string{"%s avec %s", "%s", "x %s %% %s", "%d %s", "%s %s %s", "%[2]s %[1]s"} {
		buf := []byte("Mardi 1er décembre à 10 h")
		view := unsafe.String(unsafe.SliceData(buf), len(buf))
		got := Fill(format, view, "Anne")
		want := Fill(format, string(buf), "Anne")
		copy(buf, "XXXXXXXXXXXXXXXXXXXXXXXXX")
		if got != want {
			t.Errorf("Fill(%q): result changed with its argument's bytes: %q, want %q", format, got, want)
		}
	}
}

func TestAppendDateCapitalIsDateCapital(t *testing.T) {
	paris, _ := time.LoadLocation("Europe/Paris")
	now := time.Date(2026, 11, 30, 9, 0, 0, 0, paris)
	for i := 0; i < 2000; i++ {
		at := now.Add(time.Duration(i) * 7 * time.Hour / 3)
		if got := string(AppendDateCapital([]byte("x"), at, now)); got != "x"+DateCapital(at, now) {
			t.Fatalf("AppendDateCapital(%v) = %q, want %q", at, got, "x"+DateCapital(at, now))
		}
	}
}
