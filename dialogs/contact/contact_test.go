package contact

import (
	"errors"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestParsePhone(t *testing.T) {
	cases := []struct {
		in, e164, national, region string
		mobile                     bool
	}{
		{"06 12 34 56 78", "+33612345678", "06 12 34 56 78", "FR", true},
		{"06.12.34.56.78", "+33612345678", "06 12 34 56 78", "FR", true},
		{"06-12-34-56-78", "+33612345678", "06 12 34 56 78", "FR", true},
		{"0612345678", "+33612345678", "06 12 34 56 78", "FR", true},
		{"612345678", "+33612345678", "06 12 34 56 78", "FR", true},
		{"+33 6 12 34 56 78", "+33612345678", "06 12 34 56 78", "FR", true},
		{"+33612345678", "+33612345678", "06 12 34 56 78", "FR", true},
		{"+33 (0)6 12 34 56 78", "+33612345678", "06 12 34 56 78", "FR", true},
		{"+33 06 12 34 56 78", "+33612345678", "06 12 34 56 78", "FR", true},
		{"0033 6 12 34 56 78", "+33612345678", "06 12 34 56 78", "FR", true},
		{"0033612345678", "+33612345678", "06 12 34 56 78", "FR", true},
		{"33612345678", "+33612345678", "06 12 34 56 78", "FR", true},
		{"01 99 00 12 34", "+33199001234", "01 99 00 12 34", "FR", false},
		{"07 81 22 33 44", "+33781223344", "07 81 22 33 44", "FR", true},
		{"09 72 01 02 03", "+33972010203", "09 72 01 02 03", "FR", false},
		{"0692 12 34 56", "+262692123456", "06 92 12 34 56", "RE", true},
		{"02 62 12 34 56", "+262262123456", "02 62 12 34 56", "RE", false},
		{"+262 692 12 34 56", "+262692123456", "06 92 12 34 56", "RE", true},
		{"+262 639 12 34 56", "+262639123456", "06 39 12 34 56", "YT", true},
		{"0639 12 34 56", "+262639123456", "06 39 12 34 56", "YT", true},
		{"+590 690 12 34 56", "+590690123456", "06 90 12 34 56", "GP", true},
		{"0590 12 34 56", "+590590123456", "05 90 12 34 56", "GP", false},
		{"+594 694 12 34 56", "+594694123456", "06 94 12 34 56", "GF", true},
		{"+596 696 12 34 56", "+596696123456", "06 96 12 34 56", "MQ", true},
		{"+33 696 12 34 56", "+596696123456", "06 96 12 34 56", "MQ", true},
		{"+687 12 34 56", "+687123456", "+687 12 34 56", "NC", false},
		{"+689 87 12 34 56", "+68987123456", "+689 87 12 34 56", "PF", false},
		{"+508 41 23 45", "+508412345", "+508 41 23 45", "PM", false},
		{"+32 470 12 34 56", "+32470123456", "+32 470 12 34 56", "", false},
		{"0041 79 123 45 67", "+41791234567", "+41 791 23 45 67", "", false},
		{"+269 321 23 45", "+2693212345", "+269 321 23 45", "", false},
	}
	for _, c := range cases {
		p, err := ParsePhone(c.in)
		if err != nil {
			t.Errorf("ParsePhone(%q): %v", c.in, err)
			continue
		}
		if p.E164 != c.e164 || p.National != c.national || p.Region != c.region || p.Mobile != c.mobile {
			t.Errorf("ParsePhone(%q) = %+v, want %s %q %s mobile=%v", c.in, p, c.e164, c.national, c.region, c.mobile)
		}
	}
}

func TestParsePhoneRefused(t *testing.T) {
	cases := []struct {
		in   string
		want error
	}{
		{"", ErrNoDigits},
		{"pas de numéro", ErrPhoneInvalid},
		{"06 12 34 56", ErrPhoneTooShort},
		{"06 12 34 56 78 9", ErrPhoneTooLong},
		{"00 12 34 56 78", ErrPhoneTooShort},
		{"+33 6 12 34 56", ErrPhoneTooShort},
		{"+33 6 12 34 56 78 90", ErrPhoneTooLong},
		{"+262 612 34 56 78", ErrPhoneInvalid},
		{"+590 612345678", ErrPhoneInvalid},
		{"06 12 34 56 7a", ErrPhoneInvalid},
		{"+1 23", ErrPhoneTooShort},
		{"+0 612 34 56 78", ErrPhoneInvalid},
		{"1234567890123456", ErrPhoneTooLong},
		{"512345678", ErrPhoneTooShort},
	}
	for _, c := range cases {
		if _, err := ParsePhone(c.in); !errors.Is(err, c.want) {
			t.Errorf("ParsePhone(%q) error = %v, want %v", c.in, err, c.want)
		}
	}
}

func TestFindPhone(t *testing.T) {
	cases := []struct{ in, want string }{
		{"mon numéro c'est le 06 12 34 56 78, merci", "+33612345678"},
		{"Appelez-moi au +33 6 12 34 56 78.", "+33612345678"},
		{"j'habite au 75011, tel 07.81.22.33.44", "+33781223344"},
		{"tél : 0692123456 (le matin)", "+262692123456"},
		{"06\u00a012\u00a034\u00a056\u00a078", "+33612345678"},
		{"06 12 34 56 78 75011", "+33612345678"},
		{"06  12  34  56  78", "+33612345678"},
	}
	for _, c := range cases {
		p, err := FindPhone(c.in)
		if err != nil || p.E164 != c.want {
			t.Errorf("FindPhone(%q) = %+v, %v; want %s", c.in, p, err, c.want)
		}
	}
	// A « + » glued to a word (« bac+2 ») once made the scan loop forever:
	// these must return (a hang fails the test by its timeout).
	for _, in := range []string{"j'ai 23 ans et j'habite 69003", "depuis 2019", "oui", "06 12 34", "bac+2", "j'ai un bac+5 et 10 ans d'expérience", "C++11", "a+1+2"} {
		if p, err := FindPhone(in); err == nil {
			t.Errorf("FindPhone(%q) = %+v, want an error", in, p)
		}
	}
}

func TestParseEmail(t *testing.T) {
	ok := []struct{ in, want, suggest string }{
		{"prenom.nom@exemple.fr", "prenom.nom@exemple.fr", ""},
		{"  Prenom.Nom@Exemple.FR ", "Prenom.Nom@exemple.fr", ""},
		{"a+cep@sous.domaine.org", "a+cep@sous.domaine.org", ""},
		{"<jean@exemple.com>", "jean@exemple.com", ""},
		{"jean@gmial.com", "jean@gmial.com", "jean@gmail.com"},
		{"marie_d@hotmal.fr.", "marie_d@hotmal.fr", "marie_d@hotmail.fr"},
	}
	for _, c := range ok {
		e, err := ParseEmail(c.in)
		if err != nil || e.Address != c.want || e.Suggestion != c.suggest {
			t.Errorf("ParseEmail(%q) = %+v, %v; want %q suggestion %q", c.in, e, err, c.want, c.suggest)
		}
	}
	bad := []struct {
		in   string
		want error
	}{
		{"", ErrNoEmail},
		{"jean.exemple.fr", ErrNoEmail},
		{"jean@", ErrEmailInvalid},
		{"@exemple.fr", ErrEmailInvalid},
		{"jean@exemple", ErrEmailInvalid},
		{"jean@exemple.f", ErrEmailInvalid},
		{"jean@exemple.123", ErrEmailInvalid},
		{"jean@@exemple.fr", ErrEmailInvalid},
		{"jean dupont@exemple.fr", ErrEmailInvalid},
		{"Jean <jean@exemple.fr>", ErrEmailInvalid},
		{"jean@-exemple.fr", ErrEmailInvalid},
		{"jean@exemple..fr", ErrEmailInvalid},
		{"jean@exe_mple.fr", ErrEmailInvalid},
		{strings.Repeat("a", 65) + "@exemple.fr", ErrEmailInvalid},
	}
	for _, c := range bad {
		if e, err := ParseEmail(c.in); !errors.Is(err, c.want) {
			t.Errorf("ParseEmail(%q) = %+v, %v; want %v", c.in, e, err, c.want)
		}
	}
	if e, err := FindEmail("vous pouvez m'écrire à jean.dupont@exemple.fr, merci"); err != nil || e.Address != "jean.dupont@exemple.fr" {
		t.Errorf("FindEmail = %+v, %v", e, err)
	}
}

// FuzzParsePhone checks that any input is either refused with one of the
// sentinel errors or gives a consistent number: E.164 of 8 to 16
// characters, "+" then digits, and a national form that parses back to the
// same number.
func FuzzParsePhone(f *testing.F) {
	for _, s := range []string{"06 12 34 56 78", "+33 (0)6 12 34 56 78", "0033612345678", "+262 692 12 34 56",
		"+687 12 34 56", "+32 470 12 34 56", "0692123456", "612345678", "(0)", "+", "00", "+33 0", "0(0)6"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p, err := ParsePhone(s)
		if err != nil {
			if !errors.Is(err, ErrNoDigits) && !errors.Is(err, ErrPhoneInvalid) && !errors.Is(err, ErrPhoneTooShort) && !errors.Is(err, ErrPhoneTooLong) {
				t.Fatalf("ParsePhone(%q): unexpected error %v", s, err)
			}
			return
		}
		if len(p.E164) < 8 || len(p.E164) > 16 || p.E164[0] != '+' || countDigits(p.E164) != len(p.E164)-1 {
			t.Fatalf("ParsePhone(%q): bad E.164 %q", s, p.E164)
		}
		back, err := ParsePhone(p.National)
		if err != nil || back.E164 != p.E164 {
			t.Fatalf("ParsePhone(%q) = %+v; read-back %q parses to %+v, %v", s, p, p.National, back, err)
		}
		if _, err := FindPhone(s); err != nil && sepRun(s) <= maxSepRun {
			t.Fatalf("FindPhone(%q): %v, ParsePhone accepted it", s, err)
		}
	})
}

// sepRun is the longest run of separators in s.
func sepRun(s string) int {
	best, n := 0, 0
	for i := 0; i < len(s); i++ {
		if isSep(s[i]) {
			n++
			best = max(best, n)
		} else {
			n = 0
		}
	}
	return best
}

// FuzzParseEmail checks that an accepted address is valid UTF-8, holds one
// usable @, and is accepted again as is.
func FuzzParseEmail(f *testing.F) {
	for _, s := range []string{"prenom.nom@exemple.fr", "a@b.co", "jean@gmial.com", "\"x\"@y.fr", "a@b", "<a@b.fr>", "@", "a@@b.fr"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		e, err := ParseEmail(s)
		if err != nil {
			if !errors.Is(err, ErrNoEmail) && !errors.Is(err, ErrEmailInvalid) {
				t.Fatalf("ParseEmail(%q): unexpected error %v", s, err)
			}
			return
		}
		if !utf8.ValidString(e.Address) || strings.ContainsAny(e.Address, " \t\r\n") {
			t.Fatalf("ParseEmail(%q) = %q", s, e.Address)
		}
		again, err := ParseEmail(e.Address)
		if err != nil || again.Address != e.Address {
			t.Fatalf("ParseEmail(%q) = %q, not stable: %+v, %v", s, e.Address, again, err)
		}
	})
}
