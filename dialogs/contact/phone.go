// Package contact parses the contact details a visitor types in the chat:
// telephone numbers (metropolitan France, the overseas départements and
// collectivities, and other countries in international form) and e-mail
// addresses. It normalises them (E.164 for numbers, lower-case domain for
// addresses) and gives the form to read back to the visitor (« 06 12 34 56
// 78 »). It is deterministic, does no I/O and never panics.
package contact

import (
	"errors"
	"strings"
)

// Phone is a validated telephone number.
type Phone struct {
	// E164 is the normalised number: "+33612345678", "+262692123456".
	E164 string
	// National is the number as dialled from France, in pairs of digits:
	// "06 12 34 56 78", "06 92 12 34 56" (La Réunion). For numbers outside
	// the French numbering plan it is the international form in groups:
	// "+32 470 12 34 56".
	National string
	// Region says where the number belongs: "FR" (metropolitan France and
	// non-geographic numbers), "RE", "YT", "GP", "MQ", "GF", "PM", "NC",
	// "PF", "WF", or "" for another country.
	Region string
	// Mobile reports a mobile number of the French plan (06, 07 and the
	// overseas mobile blocks).
	Mobile bool
}

// String is the read-back form.
func (p Phone) String() string { return p.National }

// Errors of ParsePhone. They are sentinel values so that the dialogue can
// choose its answer (errors.Is).
var (
	ErrNoDigits      = errors.New("contact: no telephone number")
	ErrPhoneTooShort = errors.New("contact: telephone number too short")
	ErrPhoneTooLong  = errors.New("contact: telephone number too long")
	ErrPhoneInvalid  = errors.New("contact: not a valid telephone number")
)

// overseas maps the first four digits of a 10-digit French national number
// (0 + 9 digits) to the country code and region of the overseas
// départements that have their own code in E.164 (ARCEP numbering plan):
// the national number keeps its 9 digits, the country code changes.
var overseas = map[string]struct {
	cc, region string
	mobile     bool
}{
	"0262": {"262", "RE", false}, "0263": {"262", "RE", false},
	"0692": {"262", "RE", true}, "0693": {"262", "RE", true},
	"0269": {"262", "YT", false}, "0639": {"262", "YT", true},
	"0590": {"590", "GP", false}, "0690": {"590", "GP", true}, "0691": {"590", "GP", true},
	"0594": {"594", "GF", false}, "0694": {"594", "GF", true},
	"0596": {"596", "MQ", false}, "0696": {"596", "MQ", true}, "0697": {"596", "MQ", true},
}

// frZone lists the country codes of the French numbering zones, with the
// length of their national significant number and the region.
var frZone = map[string]struct {
	n      int
	region string
}{
	"33":  {9, "FR"},
	"262": {9, "RE"}, // La Réunion and Mayotte (Mayotte is told apart below)
	"590": {9, "GP"}, // Guadeloupe, Saint-Martin, Saint-Barthélemy
	"594": {9, "GF"},
	"596": {9, "MQ"},
	"508": {6, "PM"}, // Saint-Pierre-et-Miquelon
	"687": {6, "NC"}, // Nouvelle-Calédonie
	"689": {8, "PF"}, // Polynésie française
	"681": {6, "WF"}, // Wallis-et-Futuna
}

// ParsePhone reads one telephone number written in the usual ways:
// "06 12 34 56 78", "06.12.34.56.78", "06-12-34-56-78", "0612345678",
// "+33 6 12 34 56 78", "+33 (0)6 12 34 56 78", "0033 6 12 34 56 78",
// "+262 692 12 34 56", "0692 12 34 56", "+687 12 34 56", "+32 470 12 34 56".
// Anything but digits, one leading "+" and the separators space, dot, dash,
// slash and parentheses is refused.
func ParsePhone(s string) (Phone, error) {
	s = strings.TrimSpace(s)
	if len(s) > 64 {
		return Phone{}, ErrPhoneTooLong
	}
	var d []byte
	plus := false
	seenDigit := false
	for i, r := range s {
		switch {
		case r >= '0' && r <= '9':
			d = append(d, byte(r))
			seenDigit = true
		case r == '+' && !seenDigit && !plus && i+1 < len(s) && isDigit(s[i+1]):
			plus = true
		case r == ' ' || r == '.' || r == '-' || r == '/' || r == '(' || r == ')' || r == '\u00a0' || r == '\u202f' || r == '\t':
		default:
			return Phone{}, ErrPhoneInvalid
		}
	}
	if len(d) == 0 {
		return Phone{}, ErrNoDigits
	}
	// "+33 (0)6…": the trunk 0 written in parentheses after the code.
	if plus || strings.HasPrefix(string(d), "00") {
		if strings.Contains(s, "(0)") {
			d = removeTrunk(d, s)
		}
	}
	digits := string(d)
	switch {
	case plus:
		return international(digits)
	case strings.HasPrefix(digits, "00"):
		return international(digits[2:])
	case len(digits) == 10 && digits[0] == '0':
		return national(digits)
	case len(digits) == 9 && (digits[0] == '6' || digits[0] == '7'):
		// A mobile number typed without its leading 0.
		return national("0" + digits)
	case len(digits) == 11 && strings.HasPrefix(digits, "33") && digits[2] != '0':
		// "33612345678": the country code without its "+".
		return international(digits)
	case len(digits) < 10:
		return Phone{}, ErrPhoneTooShort
	case len(digits) > 10:
		return Phone{}, ErrPhoneTooLong
	}
	return Phone{}, ErrPhoneInvalid
}

// removeTrunk drops the 0 written as "(0)" after a country code.
func removeTrunk(d []byte, s string) []byte {
	// Count the digits before "(0)" in s; the 0 after them is the trunk.
	before := 0
	idx := strings.Index(s, "(0)")
	for _, r := range s[:idx] {
		if r >= '0' && r <= '9' {
			before++
		}
	}
	// Only right after a country code (1 to 3 digits, or "00" and 1 to 3).
	limit := 3
	if !strings.HasPrefix(strings.TrimSpace(s), "+") {
		limit = 5
	}
	if before >= 1 && before <= limit && before < len(d) && d[before] == '0' {
		return append(d[:before:before], d[before+1:]...)
	}
	return d
}

// national validates a 10-digit number of the French plan.
func national(d string) (Phone, error) {
	if len(d) != 10 || d[0] != '0' || d[1] == '0' {
		return Phone{}, ErrPhoneInvalid
	}
	p := Phone{National: pairs(d), Region: "FR", E164: "+33" + d[1:], Mobile: d[1] == '6' || d[1] == '7'}
	if o, ok := overseas[d[:4]]; ok {
		p.E164 = "+" + o.cc + d[1:]
		p.Region = o.region
		p.Mobile = o.mobile
	}
	return p, nil
}

// international validates digits that start with a country code.
func international(d string) (Phone, error) {
	if len(d) < 2 {
		return Phone{}, ErrPhoneTooShort
	}
	if d[0] == '0' {
		return Phone{}, ErrPhoneInvalid
	}
	for _, cc := range []string{d[:2], prefix(d, 3)} {
		z, ok := frZone[cc]
		if !ok {
			continue
		}
		nsn := d[len(cc):]
		// "+33 06 12 34 56 78": a trunk 0 kept after the code.
		if len(nsn) == z.n+1 && nsn[0] == '0' {
			nsn = nsn[1:]
		}
		switch {
		case len(nsn) < z.n:
			return Phone{}, ErrPhoneTooShort
		case len(nsn) > z.n:
			return Phone{}, ErrPhoneTooLong
		}
		if z.n == 9 {
			if nsn[0] == '0' {
				return Phone{}, ErrPhoneInvalid
			}
			p, err := national("0" + nsn)
			if err != nil {
				return Phone{}, err
			}
			// The number must belong to the zone of its code: "+262 6 12…"
			// is not a number of La Réunion.
			if cc != "33" && p.E164[1:1+len(cc)] != cc {
				return Phone{}, ErrPhoneInvalid
			}
			// An overseas number written with +33 keeps its own code.
			return p, nil
		}
		return Phone{E164: "+" + cc + nsn, National: "+" + cc + " " + pairs(nsn), Region: z.region}, nil
	}
	// Another country: E.164 allows at most 15 digits; 9 is the shortest
	// sensible number with its code (the North American plan and Russia,
	// codes 1 and 7, have exactly 11).
	ccLen := countryCodeLen(d)
	switch {
	case ccLen == 1 && len(d) < 11:
		return Phone{}, ErrPhoneTooShort
	case ccLen == 1 && len(d) > 11:
		return Phone{}, ErrPhoneTooLong
	case len(d) < 9:
		return Phone{}, ErrPhoneTooShort
	case len(d) > 15:
		return Phone{}, ErrPhoneTooLong
	case len(d)-ccLen < 6:
		return Phone{}, ErrPhoneTooShort
	}
	return Phone{E164: "+" + d, National: "+" + d[:ccLen] + " " + groups(d[ccLen:])}, nil
}

func prefix(s string, n int) string {
	if len(s) < n {
		return s
	}
	return s[:n]
}

// countryCodeLen gives the length of the country code that starts d, by
// the ITU-T E.164 assignment: 1 and 7 are one digit; the two-digit codes
// are listed; every other code has three digits.
func countryCodeLen(d string) int {
	if d[0] == '1' || d[0] == '7' {
		return 1
	}
	if len(d) < 2 {
		return len(d)
	}
	switch d[:2] {
	case "20", "27", "30", "31", "32", "33", "34", "36", "39", "40", "41", "43", "44", "45", "46", "47", "48", "49",
		"51", "52", "53", "54", "55", "56", "57", "58", "60", "61", "62", "63", "64", "65", "66",
		"81", "82", "84", "86", "90", "91", "92", "93", "94", "95", "98":
		return 2
	}
	return 3
}

// pairs writes digits in pairs: "0612345678" -> "06 12 34 56 78".
func pairs(d string) string {
	var b strings.Builder
	for i := 0; i < len(d); i += 2 {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(d[i:min(i+2, len(d))])
	}
	return b.String()
}

// groups writes a foreign national number: an odd first group of three,
// then pairs ("470123456" -> "470 12 34 56").
func groups(d string) string {
	if len(d)%2 == 1 && len(d) > 3 {
		return d[:3] + " " + pairs(d[3:])
	}
	return pairs(d)
}

// FindPhone looks for a telephone number inside a message ("mon numéro
// c'est le 06 12 34 56 78, merci"). It returns the first valid one; err is
// the reason the best candidate was refused when there is none (ErrNoDigits
// when the message has no run of digits that could be a number).
func FindPhone(text string) (Phone, error) {
	if len(text) > 4096 {
		text = text[:4096]
	}
	firstErr := ErrNoDigits
	for _, c := range phoneCandidates(text) {
		p, err := ParsePhone(c)
		// "06 12 34 56 78 75011": a number followed by other digits; try
		// the run without its last groups.
		for err == ErrPhoneTooLong {
			i := strings.LastIndexAny(c, " ./-")
			if i <= 0 {
				break
			}
			c = strings.TrimRight(c[:i], " ./-()")
			p, err = ParsePhone(c)
		}
		if err == nil {
			return p, nil
		}
		if firstErr == ErrNoDigits {
			firstErr = err
		}
	}
	return Phone{}, firstErr
}

// phoneCandidates splits text into runs of digits and separators that may
// be a number: a run starts at a "+" or a digit and goes on while digits
// come with at most maxSepRun separators between them ("(0)" is a digit
// between two separators).
func phoneCandidates(text string) []string {
	var out []string
	i := 0
	for i < len(text) {
		c := text[i]
		if !(c >= '0' && c <= '9') && !(c == '+' && i+1 < len(text) && text[i+1] >= '0' && text[i+1] <= '9') {
			i++
			continue
		}
		// A digit glued to a letter is not the start of a number ("23a").
		if i > 0 && isLetter(text[i-1]) {
			i++ // past the first digit, or the « + » of « bac+2 » (else the loop never ends)
			for i < len(text) && (text[i] >= '0' && text[i] <= '9') {
				i++
			}
			continue
		}
		start := i
		end := i + 1
		j := i + 1
		for j < len(text) {
			switch {
			case text[j] >= '0' && text[j] <= '9':
				j++
				end = j
			case isSep(text[j]):
				k := j
				for k < len(text) && k-j < maxSepRun && isSep(text[k]) {
					k++
				}
				if k == len(text) || !isDigit(text[k]) {
					goto done
				}
				j = k
			case strings.HasPrefix(text[j:], "\u00a0") && j+2 < len(text) && isDigit(text[j+2]):
				j += len("\u00a0")
			case strings.HasPrefix(text[j:], "\u202f") && j+3 < len(text) && isDigit(text[j+3]):
				j += len("\u202f")
			default:
				goto done
			}
		}
	done:
		run := text[start:end]
		if n := countDigits(run); n >= 6 {
			out = append(out, run)
		}
		i = max(end, j)
	}
	return out
}

// maxSepRun is the longest run of separators inside a number FindPhone
// reads ("06  12" typed with two spaces, "+33 (6)").
const maxSepRun = 3

func countDigits(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if isDigit(s[i]) {
			n++
		}
	}
	return n
}

func isDigit(c byte) bool  { return c >= '0' && c <= '9' }
func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
func isSep(c byte) bool {
	return c == ' ' || c == '.' || c == '-' || c == '/' || c == '(' || c == ')' || c == '\t'
}
