package analysis

import "github.com/cep-accueil/cepbot/dialogs/geo"

// Round 18E of issue 13 (tuning60: each message retells a situation of
// tuning55–59 in other words). Each rule names its source.

// sectorAsideWords are a sector said alone after a comma or in brackets.
var sectorAsideWords = map[string]string{"public": sectorPublic, "publique": sectorPublic, "publics": sectorPublic, "publiques": sectorPublic,
	"prive": sectorPrivate, "privee": sectorPrivate, "prives": sectorPrivate, "privees": sectorPrivate}

// sectorAside reports the sector said alone right after a workplace of
// either sector (« dans un EHPAD de Guingamp, public », « une crèche à
// Niort (privée) »): the word qualifies the workplace it follows (usage:
// the detached adjective is an apposition to the noun before it), as « un
// EHPAD public » (employers.go) does; the place of a town after the
// workplace (« de Guingamp ») may stand between them. It returns the
// sector, or "" when the aside is not one.
func (a *analyser) sectorAside(h hit) string {
	t := a.toks
	c := t[h.start].clause
	j := h.end
	for j < len(t) && t[j].clause == c && j-h.end < 3 {
		j++
	}
	if j >= len(t) || t[j].clause == c || t[j].clause != c+1 {
		return ""
	}
	if j+1 < len(t) && t[j+1].clause == t[j].clause {
		return "" // « …, public visé : les adolescents »: more than the word
	}
	return sectorAsideWords[t[j].s]
}

// communeEmploys reports a commune named as the employer in the active
// voice (« c'est Vénissieux (crèche familiale) qui m'emploie »): a commune
// is a collectivité territoriale (Constitution art. 72), so its staff are
// territorial agents (CGFP L4), as « c'est la mairie qui m'emploie »
// (round 17G). The name must be a commune and no word of the lexicon
// (« c'est Orange qui m'emploie » names the company).
func (a *analyser) communeEmploys() bool {
	t := a.toks
	for i := 2; i < len(t); i++ {
		if !employsFilter.may(t[i].s) || !employsWords[t[i].s] {
			continue
		}
		o := i - 1
		if t[o].s != "m" && t[o].s != "me" {
			continue
		}
		if o < 1 || t[o-1].s != "qui" {
			continue
		}
		// « c est <commune> (aside) qui »: the aside in brackets may stand
		// between the name and « qui »
		for j := o - 2; j >= 2 && j >= o-8; j-- {
			if t[j-2].s != "c" || t[j-1].s != "est" || t[j-1].clause != t[j].clause {
				continue
			}
			if _, known := lex().known[t[j].s]; known || t[j].num {
				return false
			}
			if j+1 < o-1 && t[j+1].clause == t[j].clause {
				return false // more than one word: not a commune alone
			}
			return len(geo.CommunesByKeyBytes([]byte(t[j].s))) > 0
		}
	}
	return false
}
