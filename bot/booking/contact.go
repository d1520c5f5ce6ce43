package booking

import "strings"

// readablePhone writes a stored contact number (E.164, as the dialogue
// stores it) the way a visitor in France reads it: "+33612345678" and the
// overseas codes as « 06 12 34 56 78 », another country as stored. It
// returns "" when the contact is not a telephone number (an address, the
// chat).
func readablePhone(c string) string {
	if len(c) < 8 || c[0] != '+' || strings.IndexFunc(c[1:], func(r rune) bool { return r < '0' || r > '9' }) >= 0 {
		return ""
	}
	for _, cc := range []string{"33", "262", "590", "594", "596"} {
		if rest, ok := strings.CutPrefix(c[1:], cc); ok && len(rest) == 9 {
			d := "0" + rest
			return d[0:2] + " " + d[2:4] + " " + d[4:6] + " " + d[6:8] + " " + d[8:10]
		}
	}
	return c
}
