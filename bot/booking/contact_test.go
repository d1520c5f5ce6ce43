package booking

import "testing"

func TestReadablePhone(t *testing.T) {
	for in, want := range map[string]string{
		"+33612345678": "06 12 34 56 78", "+262692123456": "06 92 12 34 56", "+32470123456": "+32470123456",
		"chat": "", "a@b.fr": "", "": "", "+33 6": "",
	} {
		if got := readablePhone(in); got != want {
			t.Errorf("readablePhone(%q) = %q, want %q", in, got, want)
		}
	}
}
