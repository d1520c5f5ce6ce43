package contact

import (
	"errors"
	"net/mail"
	"strings"
)

// Errors of ParseEmail.
var (
	ErrNoEmail      = errors.New("contact: no e-mail address")
	ErrEmailInvalid = errors.New("contact: not a valid e-mail address")
)

// Email is a validated e-mail address.
type Email struct {
	// Address is the address with its domain in lower case.
	Address string
	// Suggestion is set when the domain looks like a misspelt common one
	// ("gmial.com" -> "prenom@gmail.com"): the dialogue may ask.
	Suggestion string
}

// String is the read-back form.
func (e Email) String() string { return e.Address }

// ParseEmail validates one address: the syntax of net/mail (RFC 5322
// addr-spec), without a display name, plus what a mail to a visitor needs:
// a local part of at most 64 bytes, a domain of dot-separated labels of
// letters, digits and hyphens with a top-level domain of at least two
// letters, 254 bytes at most in all.
func ParseEmail(s string) (Email, error) {
	s = strings.TrimSpace(s)
	s = strings.Trim(s, "<>.,;:!?()[]«»\"'")
	if s == "" || !strings.Contains(s, "@") {
		return Email{}, ErrNoEmail
	}
	if len(s) > 254 || strings.ContainsAny(s, " \t\r\n") {
		return Email{}, ErrEmailInvalid
	}
	a, err := mail.ParseAddress(s)
	if err != nil || a.Name != "" || a.Address != s {
		return Email{}, ErrEmailInvalid
	}
	at := strings.LastIndexByte(s, '@')
	local, domain := s[:at], strings.ToLower(s[at+1:])
	if local == "" || len(local) > 64 || strings.HasPrefix(local, "\"") {
		return Email{}, ErrEmailInvalid
	}
	if !validDomain(domain) {
		return Email{}, ErrEmailInvalid
	}
	e := Email{Address: local + "@" + domain}
	if fix, ok := domainTypos[domain]; ok {
		e.Suggestion = local + "@" + fix
	}
	return e, nil
}

func validDomain(d string) bool {
	if len(d) > 253 {
		return false
	}
	labels := strings.Split(d, ".")
	if len(labels) < 2 {
		return false
	}
	for _, l := range labels {
		if l == "" || len(l) > 63 || l[0] == '-' || l[len(l)-1] == '-' {
			return false
		}
		for i := 0; i < len(l); i++ {
			c := l[i]
			if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-') {
				return false
			}
		}
	}
	tld := labels[len(labels)-1]
	if len(tld) < 2 {
		return false
	}
	for i := 0; i < len(tld); i++ {
		if tld[i] < 'a' || tld[i] > 'z' {
			return false
		}
	}
	return true
}

// domainTypos are frequent misspellings of the most used mail domains in
// France.
var domainTypos = map[string]string{
	"gmail.fr": "gmail.com", "gmial.com": "gmail.com", "gmai.com": "gmail.com", "gmail.con": "gmail.com",
	"gmail.co": "gmail.com", "gmal.com": "gmail.com", "gamil.com": "gmail.com", "gnail.com": "gmail.com",
	"hotmail.con": "hotmail.com", "hotmal.fr": "hotmail.fr", "hotmail.fe": "hotmail.fr", "hotmial.fr": "hotmail.fr",
	"hotmai.fr": "hotmail.fr", "homail.fr": "hotmail.fr",
	"yahoo.fe": "yahoo.fr", "yaho.fr": "yahoo.fr", "yahou.fr": "yahoo.fr",
	"orange.com": "orange.fr", "ornage.fr": "orange.fr", "orage.fr": "orange.fr",
	"wanado.fr": "wanadoo.fr", "wanadou.fr": "wanadoo.fr",
	"outlook.fe": "outlook.fr", "outlok.fr": "outlook.fr", "outloo.fr": "outlook.fr",
	"laposte.com": "laposte.net", "laposte.fr": "laposte.net",
	"free.com": "free.fr", "sfr.com": "sfr.fr",
}

// FindEmail looks for an e-mail address inside a message ("mon mail :
// prenom.nom@exemple.fr merci").
func FindEmail(text string) (Email, error) {
	if len(text) > 4096 {
		text = text[:4096]
	}
	if !strings.Contains(text, "@") {
		return Email{}, ErrNoEmail // most messages: not split into words
	}
	err := ErrNoEmail
	for _, w := range strings.Fields(text) {
		if !strings.Contains(w, "@") {
			continue
		}
		e, perr := ParseEmail(w)
		if perr == nil {
			return e, nil
		}
		err = perr
	}
	return Email{}, err
}
