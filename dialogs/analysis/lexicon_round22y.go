package analysis

// Round 22Y of issue 13 — family: the writer hedges on, or does not know, his
// or her own status (« je sais pas si je suis salariée », « plus ou moins à
// mon compte », « je suis peut-être auto-entrepreneur », « est-ce que je suis
// considéré comme demandeur d'emploi si… ? », « je ne sais pas quel est mon
// statut », « officiellement salarié, en vrai je ne travaille plus »).
// Found by a gap search (tuning129, 108 messages written for the family
// before the analyser ran on them, a third of them near-misses where the
// hedge bears on something else: « je crois que je veux changer de métier,
// je suis infirmière au CHU »).
//
// Reason (cep-domain.md §1.3 row 9 and §4): a status the writer does not
// assert is not determinable from the message — the dialogue asks it
// (row 9) instead of routing on a guess; a wrong status misroutes
// silently. The readable sets label it so: « je ne sais plus très bien
// quel est mon statut », « je sais pas mon statut », « je ne sais pas si
// je suis salarié de la commune ou de l'entreprise », « je me demande si je
// serai considéré comme demandeur d'emploi » are all null.
//
// The rules (notHeldR22y, a status veto read in readCandidate):
//   - a status named right after « je (ne) sais pas / plus si je suis »,
//     « je me demande si je suis », « s'il / si elle est » (at most two
//     adverbs between: encore, toujours, vraiment…), or as the second
//     term of an alternative inside that frame (« … si je suis au chômage ou
//     en formation »): asked, not asserted.
//   - a status named right after the hedges « plus ou moins » and
//     « peut-être » (« je suis plus ou moins à mon compte », « je serai
//     peut-être au chômage le mois prochain »): not asserted. (The event
//     words — « peut-être licencié » — were already hedged, extract.go.)
//   - « considéré(e) comme X » inside a question or a « si » clause (« est-ce
//     que je suis considéré comme demandeur d'emploi si… ? »): the status is
//     the question's topic, not the writer's.
//   - « officiellement X » when the message goes on « en vrai / en réalité /
//     dans les faits / en pratique »: the writer says the official status is
//     not the real one; the status is asked (officialNotRealR22y, extract.go).
//   - the writer says he does not know his status: « je (ne) sais pas / plus
//     (trop, vraiment, très bien…) quel est mon statut », « je sais pas mon
//     statut », « il ne sait pas lui-même quel est son statut »: every
//     status word of the message is a clue the writer could not weigh
//     himself; the status is asked (read in readCandidate and again after
//     the choice in extract.go, for the clues read outside the hits).
//
// Kept unchanged: a hedge on something else than the status (« je crois que
// je veux changer de métier », « je ne sais pas si je suis capable /
// éligible / prête »), on the cadre level (« je sais pas si je suis cadre, je
// suis chef de rayon en CDI »: salarie_prive, labelled sets), on a detail of
// a stated status (« vacataire (droit public je crois) », « au RSA (enfin je
// crois) »), a job loss to come told beside a job held (« sans doute licencié
// bientôt », still employed), « si je prends un CDI, est-ce que je garde mon
// statut ? » (the status is the writer's: auto_entrepreneur).

// notHeldR22y reports a status hit the writer hedges on or says he does not
// know (see above).
func (a *analyser) notHeldR22y(h hit) bool {
	t := a.toks
	s := h.start
	if s >= len(t) {
		return false
	}
	c := t[s].clause
	at := func(j int) string {
		if j < 0 || j >= len(t) || t[j].clause != c {
			return ""
		}
		return t[j].s
	}
	first := t[s].s
	if first == "cadre" || first == "cadres" {
		return false // the cadre level, not the status (labelled sets)
	}
	// « (je suis) plus ou moins X », « (je serai) peut-être X »: the hedge
	// right before the status word (an article between at most); « peut-être
	// que je suis salarié pour rien » hedges something else (round 15A)
	j := s - 1
	if round22yArt[at(j)] {
		j--
	}
	if at(j) == "moins" && at(j-1) == "ou" && at(j-2) == "plus" || at(j) == "etre" && at(j-1) == "peut" {
		return true
	}
	// « considéré comme X » asked
	if at(s-1) == "comme" || at(s-2) == "comme" && round22yArt[at(s-1)] {
		k := s - 1
		if at(k) != "comme" {
			k--
		}
		if round22yDeemed[at(k-1)] && (a.clauseAskedR22y(s) || a.clauseHasR22y(c, k-1, "si")) {
			return true
		}
	}
	// « considéré comme X ou comme Y » asked
	if at(s-1) == "comme" && at(s-2) == "ou" {
		for k := s - 3; k >= 1 && k >= s-10 && t[k].clause == c; k-- {
			if t[k].s == "comme" && round22yDeemed[t[k-1].s] && a.clauseAskedR22y(s) {
				return true
			}
		}
	}
	// « je (ne) sais pas si je suis X », « … X ou Y »
	if a.unsureIfR22y(s) {
		return true
	}
	if at(s-1) == "ou" {
		for k := s - 2; k >= 0 && k >= s-8 && t[k].clause == c; k-- {
			if a.unsureIfR22y(k) {
				return true
			}
		}
	}
	return a.ownStatusUnknownR22y()
}

// unsureIfR22y reports « (ne) sais pas / plus si je suis » (or « je me
// demande si », « s'il est ») ending at most two adverbs before i.
func (a *analyser) unsureIfR22y(i int) bool {
	t := a.toks
	c := t[i].clause
	j := i - 1
	for n := 0; n < 2 && j >= 0 && t[j].clause == c && a.is(j, clsRound22yAdv); n++ {
		j--
	}
	if j < 3 || t[j].clause != c || !a.is(j, clsRound22yBe) {
		return false
	}
	subj := t[j-1].s
	if subj != "je" && subj != "j" && subj != "il" && subj != "elle" {
		return false
	}
	if t[j-2].s != "si" && t[j-2].s != "s" || t[j-2].clause != c {
		return false
	}
	k := j - 3
	if t[k].clause != c {
		return false
	}
	if t[k].s == "demande" || t[k].s == "demandais" || t[k].s == "demandes" {
		return k >= 1 && (t[k-1].s == "me" || t[k-1].s == "m" || t[k-1].s == "se" || t[k-1].s == "s")
	}
	if t[k].s != "pas" && t[k].s != "plus" || k < 1 {
		return false
	}
	return round22yKnow[t[k-1].s] && t[k-1].clause == c
}

// clauseAskedR22y reports a question around i: the clause ends on « ? » or
// holds « est-ce que » / « suis-je ».
func (a *analyser) clauseAskedR22y(i int) bool {
	t := a.toks
	c := t[i].clause
	for k := i; k < len(t) && t[k].clause == c; k++ {
		if t[k].after == '?' {
			return true
		}
	}
	for k := i - 1; k >= 1 && t[k].clause == c; k-- {
		if t[k].s == "que" && t[k-1].s == "ce" || t[k].s == "je" && round22yBe[t[k-1].s] {
			return true
		}
	}
	return false
}

// clauseHasR22y reports the word w in clause c after the token from.
func (a *analyser) clauseHasR22y(c int32, from int, w string) bool {
	for k := from + 1; k < len(a.toks) && a.toks[k].clause == c; k++ {
		if a.toks[k].s == w {
			return true
		}
	}
	return false
}

// ownStatusUnknownR22y reports « je ne sais pas (trop…) quel est mon
// statut », « je sais pas mon statut », « il ne sait pas lui-même quel est
// son statut ».
func (a *analyser) ownStatusUnknownR22y() bool {
	t := a.toks
	for i := 2; i < len(t); i++ {
		if t[i].s != "statut" {
			continue
		}
		p := t[i-1].s
		if p != "mon" && p != "son" {
			continue
		}
		c := t[i].clause
		k := i - 2
		if t[k].clause == c && t[k].s == "est" && k >= 1 && t[k-1].s == "quel" {
			k -= 2
		} else if t[k].clause == c && t[k].s == "quoi" && k >= 2 && t[k-1].s == "est" && t[k-2].s == "c" {
			k -= 3
		}
		if k >= 1 && t[k].clause == c && t[k].s == "plus" && round22yKnow[t[k-1].s] && t[k-1].clause == c {
			return true // « je ne sais plus quel est mon statut »: « plus » is the negation, not an adverb (round 27B)
		}
		for n := 0; n < 3 && k >= 0 && t[k].clause == c && round22yAdv[t[k].s]; n++ {
			k--
		}
		if k < 1 || t[k].clause != c || t[k].s != "pas" && t[k].s != "plus" {
			continue
		}
		if round22yKnow[t[k-1].s] && t[k-1].clause == c {
			return true
		}
	}
	return false
}

var round22yArt = map[string]bool{"un": true, "une": true, "des": true}

var round22yDeemed = map[string]bool{"considere": true, "consideree": true, "consideres": true, "considerees": true, "reconnu": true, "reconnue": true}

var round22yBe = map[string]bool{"suis": true, "serai": true, "serais": true, "etais": true, "est": true, "sera": true, "etait": true}

var round22yAdv = map[string]bool{"encore": true, "toujours": true, "vraiment": true, "bien": true, "deja": true, "trop": true, "tres": true,
	"exactement": true, "lui": true, "elle": true, "meme": true, "moi": true, "plus": true, "officiellement": true}

var round22yKnow = map[string]bool{"sais": true, "sait": true, "savons": true, "saurais": true, "savais": true, "savait": true, "connais": true, "connait": true}

// officialNotRealR22y reports « officiellement X, en vrai / en réalité /
// dans les faits … » with a status hit X between: the writer says the
// official status is not the real one (round 22Y); asked.
func (a *analyser) officialNotRealR22y() bool {
	t := a.toks
	for i := range t {
		if t[i].s != "officiellement" {
			continue
		}
		for k := i + 1; k+1 < len(t) && k <= i+15; k++ {
			if t[k].s == "en" && (t[k+1].s == "vrai" || t[k+1].s == "realite" || t[k+1].s == "pratique") || t[k].s == "dans" && t[k+1].s == "les" && k+2 < len(t) && t[k+2].s == "faits" {
				for _, m := range a.sc.hits {
					if m.p.k == kStatus && m.start > i && m.start < k {
						return true
					}
				}
				break
			}
		}
	}
	return false
}
