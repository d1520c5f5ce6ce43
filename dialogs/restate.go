package dialogs

import (
	"strconv"
	"strings"
	"unicode"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
)

// restatedAge reads an age corrected with bare numbers once an age is known
// (« non 45 pas 54 », « 45 pas 54 », « pas 54 mais 45 », « je me suis
// trompé c'est 45 » after 54): the analysis reads no age there, having no
// « ans », and the correction was lost or answered « je n'ai pas
// compris ». The number kept is the one not denied; it is taken when the
// denied one is the known age, when the message speaks of the age, or when
// a correction swaps the known age's digits (the usual slip). 0: none.
func restatedAge(text string, known int) int {
	if known <= 0 {
		return 0
	}
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	affirmed, deniedKnown, aboutAge, cue := 0, false, false, false
	for i, w := range words {
		switch w {
		case "age", "âge", "ans":
			aboutAge = true
		case "non", "pas", "fait", "trompe", "trompé", "trompee", "trompée", "erreur", "plutot", "plutôt", "finalement":
			cue = true
		}
		n, err := strconv.Atoi(w)
		if err != nil || n < 16 || n > 99 || len(w) != 2 {
			continue
		}
		prev, next := "", ""
		if i > 0 {
			prev = words[i-1]
		}
		if i+1 < len(words) {
			next = words[i+1]
		}
		if ageNumberUnits[next] || placeBeforeNumber[prev] {
			return 0 // « 45 km », « le 45 »: not an age
		}
		if prev == "pas" || prev == "non" && i > 1 {
			// « pas 54 », « 45 et non 54 »: the denied value
			if n == known {
				deniedKnown = true
			}
			continue
		}
		if affirmed != 0 && affirmed != n {
			return 0 // two values offered: not read
		}
		affirmed = n
	}
	if affirmed == 0 || affirmed == known {
		return 0
	}
	swapped := affirmed%10*10+affirmed/10 == known
	if deniedKnown || aboutAge && cue || cue && swapped {
		return affirmed
	}
	return 0
}

// ageNumberUnits after a number make it something else than an age.
var ageNumberUnits = map[string]bool{"km": true, "kms": true, "kilometres": true, "kilomètres": true, "h": true, "heures": true,
	"heure": true, "min": true, "minutes": true, "euros": true, "eur": true, "mois": true, "jours": true, "semaines": true,
	"rue": true, "avenue": true, "boulevard": true, "000": true}

// placeBeforeNumber before a number make it a département or an address.
var placeBeforeNumber = map[string]bool{"le": true, "dans": true, "departement": true, "département": true, "au": true,
	"du": true, "rue": true, "numero": true, "numéro": true, "n": true, "code": true, "postal": true}

// withRestatedAge adds to f the age restatedAge reads in the turn's text
// when the analysis read none.
func (t *turn) withRestatedAge(f analysis.Facts) analysis.Facts {
	if f.Age != 0 {
		return f
	}
	if n := restatedAge(t.text, t.facts().Age); n != 0 {
		f.Age = n
		f.Why.Age = analysis.Origin{How: analysis.HowCorrection, Conf: 90}
	}
	return f
}
