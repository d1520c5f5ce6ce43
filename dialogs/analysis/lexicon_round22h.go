package analysis

// Round 22H of issue 13 — family: ages still not read (cep-domain.md §1.3
// rows 3–4: 16–25 goes to the mission locale or the Apec, L5314-2 « jeunes
// de seize à vingt-cinq ans révolus »; §4: an age not read is taken as 26 or
// more, so a young visitor is misrouted to France Travail or the regional
// operator). Found by a gap search (scratch set tuning120, 113 messages of
// the family, a third of them near-misses, written before the analyser ran
// on them). Where a number may be an age or a duration, it stays unknown
// (asked): an age is 16–70, a duration of unemployment is short.
//
// Rule 1, « 22 ans au chômage », « 23ans sans taf », « intérimaire 24 ans
// sans mission »: round 9B (joblessListed) and round 10B (withoutJobListed)
// read « N ans au chômage / sans emploi » as the age from 26 up only, since
// « 20 ans au chômage » may be a duration. Opening its clause (the list
// style of a phone message), or right after « moi », « c' » or a person's
// or occupation's noun, no one counts 16 to 25 years of unemployment: the
// readable sets label all such items the age (« 22ans sans taf a Nimes »,
// « intérimaire 24 ans sans mission depuis 3 semaines à Laon »). « sans
// mission » is the intérimaire's « sans emploi ». Kept durations: after a
// verb of time spent or a duration word (« j'ai passé 20 ans au chômage »,
// « ça fait 22 ans », « pendant 20 ans sans emploi », « dont 20 ans au
// chômage », « après 18 ans sans emploi »), under 16 (« 3 ans au
// chômage »), and « sans » with anything else than a job (« 22 ans sans
// arrêt maladie », « 18 ans sans accident »), and a span taken up by « ça »
// or « c'est » in the next clause (« 22 ans au chômage, ça use », round 9B).
//
// Rule 2, « Jeune maman de 22 ans, je cherche un emploi », « Maman solo de
// 23 ans », « Jeune homme de 18 ans sans diplôme »: a person's noun with no
// determiner opening its clause, maybe with « jeune » or « solo », is the
// writer's own description in apposition (as round 15B's « je suis maman
// solo de 24 ans »), not a relative (« ma maman », « un fils de 19 ans »
// keep a determiner). 16 or more only.
//
// Rule 3, « Soudeur de 24 ans, en CDI »: occupations as round 21N's person
// nouns — a job title before « de N ans » names a person, so the number is
// an age; « de N ans d'expérience / de métier » (a « de » after the unit)
// stays a duration as before.
//
// Rule 4, « je suis dans ma 25e année »: « être dans sa Ne année » is the
// age N − 1 in years completed (the usage of the code civil and the code du
// travail, « âgé de vingt-cinq ans révolus »). Only « dans ma Ne année »
// ending its clause or followed by « et »: « dans ma 25e année de carrière »,
// « ma 20e année dans cette entreprise », « ma 3e année de licence » are not.
//
// Rule 5, « mon neveu va avoir 26 ans », « mon fils aura 25 ans en juin »:
// round 9B reads the writer's « je vais avoir » / « j'aurai » as the age
// before; a message written for a relative (§4: labelled with their facts)
// reads the relative's the same way. « ma boîte vient d'avoir 25 ans »,
// « l'entreprise va avoir 20 ans » (a thing, round 20M's thingNouns) and
// « ma fille a eu 20 ans » in a message not written for her are no age of
// the visitor.
//
// Rule 6, « j'ai 34 ans… pardon 24 »: a number right after a correction
// word (« pardon », « oups », « euh non », « je veux dire ») replaces the
// number with its unit just before it, in the same role: the age when the
// corrected one was said with « j'ai », nothing when it was a duration
// (« depuis 22 ans, pardon 24 ans »).

// occupationsR22h are job titles not read by the status patterns nor
// by the trades (rule 3).
var occupationsR22h = map[string]bool{"soudeur": true, "soudeuse": true, "chaudronnier": true, "tuyauteur": true, "tourneur": true,
	"fraiseur": true, "usineur": true, "monteur": true, "monteuse": true, "cableur": true, "cableuse": true, "cariste": true,
	"magasinier": true, "magasiniere": true, "manutentionnaire": true, "preparateur": true, "preparatrice": true, "livreur": true,
	"livreuse": true, "chauffeur": true, "conducteur": true, "conductrice": true, "cuisinier": true, "cuisiniere": true,
	"commis": true, "plongeur": true, "plongeuse": true, "equipier": true, "equipiere": true, "serveur": true, "serveuse": true,
	"barman": true, "caissier": true, "caissiere": true, "vendeur": true, "vendeuse": true, "hotesse": true, "ouvrier": true,
	"ouvriere": true, "manoeuvre": true, "jardinier": true, "jardiniere": true, "paysagiste": true, "maraicher": true,
	"vigneron": true, "agriculteur": true, "agricultrice": true, "eleveur": true, "animateur": true, "animatrice": true,
	"educateur": true, "educatrice": true, "moniteur": true, "monitrice": true, "secretaire": true, "assistant": true,
	"assistante": true, "comptable": true, "technicien": true, "technicienne": true, "operateur": true, "operatrice": true,
	"developpeur": true, "developpeuse": true, "ingenieur": true, "infirmier": true, "infirmiere": true, "brancardier": true,
	"ambulancier": true, "ambulanciere": true, "vigile": true, "gardien": true, "gardienne": true, "facteur": true,
	"factrice": true, "coursier": true, "demenageur": true, "agent": true, "employe": true, "employee": true, "mecano": true,
	"nounou": true, "logisticien": true, "logisticienne": true, "couvreur": true, "bucheron": true, "pizzaiolo": true}

// occupationR22h reports a job title at j (rule 3).
func (a *analyser) occupationR22h(j int) bool {
	return occupationsR22h[a.toks[j].s]
}

// joblessWordsR22h follow « sans » for a situation without a job (rule 1).
var joblessWordsR22h = map[string]bool{"emploi": true, "travail": true, "boulot": true, "taf": true, "activite": true,
	"mission": true, "job": true}

// youngJoblessListedR22h reports « N ans au chômage / sans emploi » with N
// 16–25 as a listed age (rule 1): i the number, next the word after its unit.
func (a *analyser) youngJoblessListedR22h(i, next, v int) bool {
	if v < 16 || v >= 26 {
		return false
	}
	t := a.toks
	w, ok := a.joblessAfter(i, next)
	if !ok {
		if next+1 >= len(t) || t[next].s != "sans" || t[next+1].clause != t[i].clause || !joblessWordsR22h[t[next+1].s] {
			return false
		}
		w = next + 1
	}
	if w+1 < len(t) && t[w+1].clause != t[i].clause && (t[w+1].s == "ca" || t[w+1].s == "c" || t[w+1].s == "cela") {
		return false // « 22 ans au chômage, ça use »: the pronoun takes the span up, a duration
	}
	if i == 0 || t[i-1].clause != t[i].clause {
		return true
	}
	switch p := t[i-1].s; {
	case p == "moi" || p == "c" || greetingsR22h[p] && (i == 1 || t[i-2].clause != t[i].clause):
		return true // (« wesh 18 ans sans taf »: a greeting opens the message)
	case personNouns[p] || a.occupationR22h(i-1):
		return true
	}
	return false
}

// greetingsR22h open a message typed on a phone (SMS forms expanded).
var greetingsR22h = map[string]bool{"bonjour": true, "salut": true, "wesh": true, "coucou": true, "cc": true, "hello": true,
	"bonsoir": true, "yo": true}

// selfApposedAgeR22h reports « Jeune maman de 22 ans, … » (rule 2): a
// person's noun with no determiner opening the clause before « de N ans ».
func (a *analyser) selfApposedAgeR22h(i int) bool {
	t := a.toks
	if i < 2 || t[i-1].s != "de" && t[i-1].s != "d" {
		return false
	}
	if v, _ := leadingInt(t[i].s); v < 16 {
		return false
	}
	c := t[i].clause
	noun := false
	for k := i - 2; k >= 0 && k >= i-5 && t[k].clause == c; k-- {
		s := t[k].s
		switch {
		case !noun && (personNouns[s] || relativeNouns[s]) && s != "enfant" && s != "enfants":
			noun = true
		case soloWords[s]:
		default:
			return false
		}
		if k == 0 || t[k-1].clause != c {
			return noun
		}
	}
	return false
}

// ordinalAgeR22h reports « dans ma Ne année » (rule 4) at the number i,
// whose digits are followed by suffix.
func (a *analyser) ordinalAgeR22h(i int, suffix string, v int) bool {
	switch suffix {
	case "e", "eme", "ieme", "em":
	default:
		return false
	}
	t := a.toks
	if v < 17 || v > 71 || i < 2 || i+1 >= len(t) || t[i-1].s != "ma" || t[i-2].s != "dans" || t[i+1].s != "annee" ||
		t[i-2].clause != t[i].clause || t[i+1].clause != t[i].clause {
		return false
	}
	return i+2 == len(t) || t[i+2].clause != t[i].clause || t[i+2].s == "et"
}

// birthdaySubjectR22h returns the index of the subject of « va avoir N »,
// « aura N », « vient d'avoir N », « a eu N » at the age i, or -1.
func (a *analyser) birthdaySubjectR22h(i int) int {
	t := a.toks
	k := -1
	switch {
	case i >= 3 && t[i-1].s == "avoir" && t[i-2].s == "va":
		k = i - 3
	case i >= 2 && t[i-1].s == "aura":
		k = i - 2
	case i >= 4 && t[i-1].s == "avoir" && (t[i-2].s == "d" || t[i-2].s == "de") && t[i-3].s == "vient":
		k = i - 4
	case i >= 3 && t[i-1].s == "eu" && t[i-2].s == "a":
		k = i - 3
	}
	if k < 0 || t[k].clause != t[i].clause {
		return -1
	}
	return k
}

// thingBirthdayR22h reports « ma boîte vient d'avoir 25 ans » (rule 5).
func (a *analyser) thingBirthdayR22h(i int) bool {
	k := a.birthdaySubjectR22h(i)
	return k >= 0 && thingNouns[a.toks[k].s]
}

// relativeBirthdayR22h reports « mon neveu va avoir 26 ans », « ma fille a
// eu 20 ans » (rule 5): a relative's noun after a possessive as subject.
func (a *analyser) relativeBirthdayR22h(i int) bool {
	k := a.birthdaySubjectR22h(i)
	if k < 1 || !relativeNouns[a.toks[k].s] || a.toks[k].s == "n" {
		return false
	}
	switch a.toks[k-1].s {
	case "mon", "ma", "son", "sa", "notre", "votre":
		return true
	}
	return false
}

// firstPersonStatusR22h reports a status of the writer's own said in the
// first person (« moi je suis sans emploi »), as round 9's relativesAge.
func (a *analyser) firstPersonStatusR22h() bool {
	t := a.toks
	for _, h := range a.sc.hits {
		if h.p.k != kStatus || a.sc.rel[h.start] || a.negated(h) {
			continue
		}
		for j := h.start - 1; j >= 0 && j >= h.start-4 && t[j].clause == t[h.start].clause; j-- {
			if s := t[j].s; s == "je" || s == "j" || s == "moi" {
				return true
			}
		}
	}
	return false
}

// relativeAgeToComeR22h reports a relative's age to come (rule 5): the age
// of now is the one before.
func (a *analyser) relativeAgeToComeR22h(i int) bool {
	t := a.toks
	return (t[i-1].s == "aura" || t[i-1].s == "avoir" && t[i-2].s == "va") && !a.laterInClause(i)
}

// correctedAgeR22h reports a number corrected by the one at i (rule 6):
// it returns the index of the corrected number, or -1.
func (a *analyser) correctedAgeR22h(i int) int {
	t := a.toks
	j := i - 1
	words := 0
	for ; j >= 0 && j >= i-4 && correctionWordsR22h[t[j].s]; j-- {
		words++
	}
	if words == 0 || j < 1 {
		return -1
	}
	if t[i-1].s == "non" && words == 1 {
		return -1 // « non » alone is too common (« 24 ans non diplômé »)
	}
	if t[j].s == "ans" && t[j-1].num {
		return j - 1
	}
	if _, n := leadingInt(t[j].s); t[j].num && gluedAge(t[j].s[n:]) {
		return j
	}
	return -1
}

var correctionWordsR22h = map[string]bool{"pardon": true, "oups": true, "oops": true, "euh": true, "non": true,
	"dsl": true, "desole": true, "desolee": true, "erreur": true, "correction": true, "veux": true, "dire": true, "je": true}

// saidWithJaiR22h reports « j'ai N » at the number j.
func (a *analyser) saidWithJaiR22h(j int) bool {
	t := a.toks
	return j >= 2 && t[j-1].s == "ai" && t[j-2].s == "j"
}
