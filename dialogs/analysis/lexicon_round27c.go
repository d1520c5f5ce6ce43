package analysis

import "github.com/cep-accueil/cepbot/dialogs/geo"

// Round 27C: the place and the age as visitors type them on a phone
// (issue 13).
//
// Family. « jsuis au chomage 44 ans a tours »: the list of an SMS, the
// preposition « à » typed « a », the town in lower case, the age glued to
// it. cep-domain.md §3 routes by département (postal code → département
// → région) and §1.3 rows 3–4 by the age (the 26 boundary), so losing
// either makes the dialogue ask what the visitor already wrote — and the
// visitor finds the question absurd. §4: a place named is the
// département's label; no age ⇒ asked.
//
// Forms handled:
//   - a town whose name is also a word (Tours, Nice, Saintes, Grasse, Sens)
//     in lower case right after « a », « sur », « vers » when it closes its
//     item: the end of the clause, a number, or a word that opens the next
//     item (« a tours depuis 6 mois », « a nice, jsuis au chomage »);
//   - the age right before such a town or a town of several words
//     (« 47 ans a tours », « 48 ans a pointe a pitre », « 31 ans a la
//     reunion »): an age in the list, not « 10 years spent at »;
//   - a bare number of two digits alone between commas when the message
//     names its place otherwise and the number is not that place's
//     département (« au chômage à Metz, 48 », « Chômeur. 45. Brest. »):
//     the age; such a number does not outweigh the town named;
//   - « mon dernier jour c'est le 28, 50 ans, Nantes »: « le NN » of a day,
//     with no place word before the article, gives way to the town named
//     in another département (« dans le 28 », « j'habite le 93 » do not);
//   - « chômeur longue durée 50 ans »: « durée » of a status is no
//     duration of the years after it; « j'ai bossé 25 ans à Tours » is one
//     (« bossé » as « travaillé »);
//   - « ds l'aude », « dans la creuse » typed in lower case: a département
//     whose name is also a word, after « dans » and its article, when it
//     closes its item (« dans le lot de », « dans le centre », « dans la
//     manche » stay words);
//   - « …, 48 ans, gueret »: a town of 5 000 inhabitants or more, no word,
//     typed last in its own clause right after the age item;
//   - « a porto vecchio », « sur bois colombes »: a commune of two words
//     (no article first) of 5 000 inhabitants or more after « a », « sur »,
//     « vers »;
//   - « coiffeuse 32 a jhabite st brieuc »: « a » glued to the next item
//     (a subject, « au chomage », « en cdi ») is the unit of the age, never
//     « à »;
//   - two ages, the writer's and a relative's: « Mon mari, 50 ans, est
//     fonctionnaire. Moi … 47 ans » and « Mon fils autiste a 12 ans, …
//     je suis infirmière, 42 ans »: the age in apposition to « mon
//     <relative> » opening a sentence, or after « mon <relative>
//     <adjective> a » is the
//     relative's (relativeAgeForm), as « ma mère (59 ans) » already was;
//   - « I live in Tours », « living in Annecy »: « in » after an English
//     verb of living is a place cue (not « in March »: Mars, Avril are
//     communes too);
//   - « on a perdu 9-3 »: a score after a word of a game is not the
//     Seine-Saint-Denis's nickname;
//   - « en 82 »: a year of two digits, not the Tarn-et-Garonne (a
//     département takes « dans le », « du »), unless a verb of living says
//     so.
//
// Forms kept: « à tour(s) de rôle / de bras / de garde » (a « de » after the
// word continues it), « a nice job » (an English phrase goes on), « 10 ans
// à la mairie » (a duration at a workplace), « au chômage, 33 » with no
// other place (an age or the Gironde: asked), « Nantes, 44 » (the code of
// the town named: not read as an age), « vienne » (also a département,
// read by its own rules), « orange » (« cadre a orange »: the company
// Orange far more often than the town, which keeps its capital).
//
// Sources: cep-domain.md §1.3 (rows 3–4, the age 26), §3 (postal code →
// département), §4 (labelling); INSEE populations of the communes list
// (geo) for the 20 000 threshold the earlier rounds use.

// itemOpenersR27c are the words that open the next item of an SMS list
// after a town (« a tours depuis 6 mois », « a nice jsuis en cdi »): a
// noun phrase of the word (« tours de rôle », « nice job ») never goes on
// with them.
var itemOpenersR27c = map[string]bool{"depuis": true, "dp": true, "dpuis": true, "et": true, "mais": true, "je": true, "j": true,
	"jsuis": true, "jsui": true, "chui": true, "on": true, "ou": true, "pour": true, "pr": true, "avec": true, "au": true,
	"en": true, "cdi": true, "cdd": true, "rsa": true, "chomage": true, "sans": true, "svp": true, "merci": true, "bjr": true}

// townWordAfterPrepR27c reports a town of 20 000 inhabitants or more whose
// name is also a word (« tours », « nice », « saintes »), one word typed
// in lower case right after « a », « sur » or « vers », that closes its
// item: the town, not the word (round 27C).
func (a *analyser) townWordAfterPrepR27c(i, n, pop int, isWord bool) bool {
	t := a.toks
	if n != 1 || i == 0 || t[i-1].clause != t[i].clause || pop < 20000 || !(isWord || townWords[t[i].s]) ||
		t[i].s == "vienne" || t[i].s == "orange" || frenchWords[t[i].s] {
		return false
	}
	switch t[i-1].s {
	case "a", "sur", "vers":
	default:
		return false
	}
	if i >= 2 && t[i-2].clause == t[i].clause && (t[i-2].s == "y" || t[i-2].s == "il" || t[i-2].s == "elle") {
		return false // « il y a », « elle a »: the verb, not the preposition
	}
	j := i + 1
	return j == len(t) || t[j].clause != t[i].clause || t[j].num || itemOpenersR27c[t[j].s]
}

// placeNamesFromR27c reports a commune, département or region name of two
// to five words starting at j in its clause (« pointe a pitre », « la
// reunion », « la rochelle »): a place after « N ans à », not a word.
func (a *analyser) placeNamesFromR27c(j int) bool {
	t := a.toks
	var kb [80]byte
	key := append(kb[:0], t[j].s...)
	for n := 2; n <= 5 && j+n-1 < len(t) && t[j+n-1].clause == t[j].clause; n++ {
		key = append(append(key, ' '), t[j+n-1].s...)
		if len(key) > 70 {
			return false
		}
		if _, ok := placeAliases[string(key)]; ok {
			return true
		}
		if len(geo.CommunesByKeyBytes(key)) > 0 || geo.DepartementByKeyBytes(key) != "" || geo.RegionByKeyBytes(key) != "" {
			return true
		}
	}
	return false
}

// statusDureeR27c reports « longue durée » right before the number at i
// (« chômeur longue durée 50 ans »): the status's words, not a duration
// (round 27C).
func (a *analyser) statusDureeR27c(i int) bool {
	t := a.toks
	return i >= 2 && t[i-1].s == "duree" && t[i-2].s == "longue" && t[i-2].clause == t[i].clause
}

// workedForR27c reports « j'ai bossé 25 ans »: the participle of « bosser »
// (« travaillé ») after its auxiliary makes the years a duration; « je
// bosse 45 ans » typed for « je bosse, 45 ans » keeps the age (round 27C).
func (a *analyser) workedForR27c(i int) bool {
	t := a.toks
	if i < 2 || t[i-1].s != "bosse" || t[i-1].clause != t[i].clause {
		return false
	}
	switch t[i-2].s {
	case "ai", "a", "as", "avons", "avez", "ont":
		return true
	}
	return false
}

// yearAfterEnR27c reports « en 82 »: a year of two digits after « en »,
// not a département (said « dans le 82 », « du 82 ») (round 27C).
func (a *analyser) yearAfterEnR27c(i int, home bool) bool {
	t := a.toks
	return !home && i > 0 && t[i-1].s == "en" && len(t[i].s) == 2 && t[i].s[0] >= '0' && t[i].s[0] <= '9'
}

// bareNumberR27c reports a place candidate read from a bare number of two
// digits alone in its clause (« …, 45, Brest »): it may be the age.
func (c placeCand) bareNumberR27c(a *analyser) bool {
	return c.cp == "" && c.prio == prioBare && c.pos < len(a.toks) && a.toks[c.pos].num && len(a.toks[c.pos].s) == 2 &&
		a.standalone(c.pos, c.pos+1)
}

// dayAfterLeR27c reports a candidate read from « le NN » with NN a day of
// the month and no place word before the article (« mon dernier jour
// c'est le 28 », « je quitte la boîte le 30 »): a date as likely as a
// département; « dans le 28 », « j'habite le 93 » are places.
func (c placeCand) dayAfterLeR27c(a *analyser) bool {
	t := a.toks
	i := c.pos
	if c.cp != "" || i < 1 || i >= len(t) || !t[i].num || len(t[i].s) != 2 || t[i-1].s != "le" || t[i-1].clause != t[i].clause {
		return false
	}
	if v, _ := leadingInt(t[i].s); v > 31 {
		return false
	}
	if i >= 2 && t[i-2].clause == t[i].clause {
		switch p := t[i-2].s; {
		case p == "est" && i >= 3 && (t[i-3].s == "c" || t[i-3].s == "ce"):
			// « c'est le 28 »: a date said, not « il est le… »
		case p == "dans" || p == "ds" || p == "sur" || p == "vers" || p == "departement" || homeCues[p]:
			return false
		}
	}
	return true
}

// townOverBareNumberR27c drops a bare two-digit number read as a
// département when a town or a département named in words (in another
// département) is there too: « Chômeur. 45. Brest. » is 45 years in
// Finistère, not the Loiret; « c'est le 28, 50 ans, Nantes » a date
// (round 27C).
func (a *analyser) townOverBareNumberR27c(cs []placeCand) []placeCand {
	named := false
	for _, c := range cs {
		if (len(c.homs) > 0 || c.dep != "" && !a.toks[c.pos].num) && c.prio >= prioBare && !c.typo {
			named = true
		}
	}
	if !named {
		return cs
	}
	out := cs[:0]
	for _, c := range cs {
		if (c.bareNumberR27c(a) || c.dayAfterLeR27c(a)) && !a.sameDepNamedR27c(cs, c.dep) {
			continue
		}
		out = append(out, c)
	}
	return out
}

// sameDepNamedR27c reports a named place of cs in département dep
// (« Saint-Brieuc, 22 »: the code of the town, kept).
func (a *analyser) sameDepNamedR27c(cs []placeCand, dep string) bool {
	for _, c := range cs {
		if c.dep == dep && !a.toks[c.pos].num {
			return true
		}
		for _, h := range c.homs {
			if h.Dep == dep {
				return true
			}
		}
	}
	return false
}

// bareAgeBesidePlaceR27c is the age said as a bare number alone between
// commas (« au chômage à Metz, 48 », « chomage / 41 / angouleme ») when
// the message's place is settled by a name or a postal code and the
// number is not its département: 0 when none, or when more than one (round 27C).
func (a *analyser) bareAgeBesidePlaceR27c(f *Facts) int {
	if f.Departement == "" || a.placeByNumR27c {
		return 0
	}
	t := a.toks
	age := 0
	for i := range t {
		if !t[i].num || len(t[i].s) != 2 || t[i].s[0] < '1' || t[i].s[0] > '9' || t[i].s[1] < '0' || t[i].s[1] > '9' || !a.standalone(i, i+1) && !a.slashedR27c(i) {
			continue
		}
		if r := t[i].after; r == '€' || r == '%' || r == '$' || r == ':' || r == 'h' {
			continue
		}
		v, _ := leadingInt(t[i].s)
		if v < 16 || v > 75 || depCode(t[i].s) == f.Departement {
			continue
		}
		if age != 0 {
			return 0
		}
		age = v
	}
	return age
}

// slashedR27c reports a token between two slashes (« chomage / 41 /
// angouleme »): an item of a list typed with slashes, which do not part
// clauses (« 3/04/79 » is a date: the slashes there touch the digits).
func (a *analyser) slashedR27c(i int) bool {
	t := a.toks
	return i > 0 && i+1 < len(t) && t[i-1].after == '/' && t[i].after == '/' && !t[i-1].num && !t[i+1].num
}

// wordDepsAfterDansR27c are the département names that are also words and
// stay words after « dans le|la » even at the end of an item (« dans le
// lot », « dans le centre », « dans la manche », « dans le sud »).
var wordDepsAfterDansR27c = map[string]bool{"lot": true, "centre": true, "sud": true, "manche": true, "somme": true, "nord": true,
	"provence": true, "cher": true}

// depAfterDansArticleR27c reports « dans la creuse », « ds l'aude » typed
// in lower case: a département whose name is also a word after « dans »
// and its article, closing its item (round 27C).
func (a *analyser) depAfterDansArticleR27c(i int, dep string) bool {
	t := a.toks
	if dep == "" || i < 2 || wordDepsAfterDansR27c[t[i].s] || t[i-1].clause != t[i].clause || t[i-2].clause != t[i].clause ||
		t[i-2].s != "dans" && t[i-2].s != "ds" {
		return false
	}
	switch t[i-1].s {
	case "le", "la", "l", "les":
	default:
		return false
	}
	j := i + 1
	return j == len(t) || t[j].clause != t[i].clause || t[j].num || itemOpenersR27c[t[j].s]
}

// townAfterAgeClauseR27c reports a town of 5 000 inhabitants or more whose
// name is no word, typed last and alone in its clause right after a clause
// ending with the age (« aide a domicile en cdi 48 ans, gueret »): the last
// item of an SMS list (round 27C).
func (a *analyser) townAfterAgeClauseR27c(i, n, pop int, isWord bool) bool {
	t := a.toks
	if i+n != len(t) || i == 0 || t[i-1].clause == t[i].clause || pop < 5000 || n == 1 && (isWord || townWords[t[i].s] || frenchWords[t[i].s]) {
		return false
	}
	if n > 1 && !a.longCommune(i, n) {
		return false
	}
	p := t[i-1]
	if p.num {
		v, k := leadingInt(p.s)
		return v >= 16 && v <= 75 && (p.s[k:] == "a" || p.s[k:] == "ans")
	}
	return (p.s == "ans" || p.s == "a") && i >= 2 && t[i-2].num && t[i-2].clause == p.clause
}

// twoWordTownAfterPrepR27c reports a commune of two words that opens with
// no article (« porto vecchio », « bois colombes »), of 5 000 inhabitants
// or more, right after « a », « sur » or « vers » (round 27C).
func (a *analyser) twoWordTownAfterPrepR27c(i, n, pop int) bool {
	t := a.toks
	if n != 2 || pop < 5000 || i == 0 || t[i-1].clause != t[i].clause || !a.longCommune(i, n) {
		return false
	}
	switch t[i-1].s {
	case "a", "sur", "vers":
		return true
	}
	return false
}

// ageUnitBeforeItemR27c are the words that may follow the « a » of an age
// (« 32 a jhabite », « 44 a au chomage »): « à » never comes before them.
var ageUnitBeforeItemR27c = map[string]bool{"je": true, "j": true, "jhabite": true, "jabite": true, "jsuis": true, "jsui": true,
	"chui": true, "jai": true, "jveux": true, "jvis": true, "jcherche": true, "jbosse": true, "moi": true, "et": true, "mais": true,
	"au": true, "en": true, "cdi": true, "cdd": true, "rsa": true, "chomage": true, "sans": true, "depuis": true}

// ageUnitAR27c reports the « a » at j glued to the next item: the
// unit of the age before it (round 27C).
func (a *analyser) ageUnitAR27c(j int) bool {
	t := a.toks
	return j+1 < len(t) && t[j].s == "a" && t[j+1].clause == t[j].clause && ageUnitBeforeItemR27c[t[j+1].s]
}

// possessivesR27c open a relative's noun (« mon mari », « sa fille »).
var possessivesR27c = map[string]bool{"mon": true, "ma": true, "son": true, "sa": true, "notre": true}

// relativeApposedR27c reports an age at i opening the clause right after
// « mon <relative> » (« Mon mari, 50 ans, est fonctionnaire »): the
// relative's, as between brackets (round 27C).
func (a *analyser) relativeApposedR27c(i int) bool {
	t := a.toks
	if i < 2 || t[i-1].clause == t[i].clause || t[i-2].clause != t[i-1].clause || !relativeNouns[t[i-1].s] || t[i-1].s == "n" ||
		!possessivesR27c[t[i-2].s] {
		return false
	}
	// the relative opens the sentence (« Mon mari, 50 ans, est… »); after
	// « avec mon frère, 41 ans » or « comme mon père, 23 ans » the age
	// apposed closes the writer's own clause
	return i == 2 || t[i-3].after == '.' || t[i-3].after == '!' || t[i-3].after == '?'
}

// relativeAdjAgeR27c reports « mon fils autiste a 12 ans », « ma fille
// aînée de 20 ans »: one word between the relative and « a » or « de »
// (round 27C).
func (a *analyser) relativeAdjAgeR27c(i int) bool {
	t := a.toks
	if i < 4 || t[i-4].clause != t[i].clause || t[i-1].s != "a" && t[i-1].s != "de" {
		return false
	}
	return relativeNouns[t[i-3].s] && t[i-3].s != "n" && possessivesR27c[t[i-4].s] && !t[i-2].num && !relativeNouns[t[i-2].s] &&
		!subjectPronounsR27c[t[i-2].s]
}

// subjectPronounsR27c repeat the relative as the subject (« mon frère il a
// 24 ans »): the form relativeAgeForm already reads, not an adjective.
var subjectPronounsR27c = map[string]bool{"il": true, "elle": true, "lui": true, "aussi": true, "qui": true}

// englishLiveVerbsR27c say where one lives in English (« I live in
// Tours », « living in Annecy », « based in Nice »).
var englishLiveVerbsR27c = map[string]bool{"live": true, "lives": true, "living": true, "based": true, "settled": true, "staying": true}

// englishLiveInR27c reports « in » after an English verb of living right
// before the word at i: a place cue, so that a town whose name is also a
// word (Tours, Nice) is read; « in March », « in April » are no cue
// (round 27C).
func (a *analyser) englishLiveInR27c(i int) bool {
	t := a.toks
	return i >= 2 && t[i-1].s == "in" && englishLiveVerbsR27c[t[i-2].s] && t[i-1].clause == t[i].clause && t[i-2].clause == t[i].clause
}

// scoreWordsR27c announce a score (« perdu 9-3 », « le score 9-3 »).
var scoreWordsR27c = map[string]bool{"perdu": true, "gagne": true, "battu": true, "battus": true, "score": true, "match": true,
	"mene": true, "menes": true, "victoire": true, "defaite": true}

// scoreBeforeR27c reports a word of a game within two words before the
// number at i, in its clause (round 27C).
func (a *analyser) scoreBeforeR27c(i int) bool {
	t := a.toks
	for j := i - 1; j >= 0 && j >= i-2 && t[j].clause == t[i].clause; j-- {
		if scoreWordsR27c[t[j].s] {
			return true
		}
	}
	return false
}
