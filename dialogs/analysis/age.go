package analysis

import (
	"time"

	"github.com/cep-accueil/cepbot/dialogs/geo"
)

// Words before "N ans" that make it a duration or someone else's age
// ("depuis 15 ans", "il y a 3 ans", "pendant 20 ans", "plus de 10 ans").
var durationBefore = map[string]bool{"depuis": true, "pendant": true, "durant": true, "fait": true, "dans": true, "sur": true,
	"de": true, "d": true, "apres": true, "en": true, "moins": true, "tous": true, "les": true, "y": true,
	"mes": true, "ses": true, "bientot": false, "des": true, "cela": true, "ca": true, "voila": true, "dont": true, "pres": true, "encore": true, "seulement": false,
	"depi": true, // « dépi 20 lanné »: the Creoles' « depuis » (round 20A)
	"dure": true, "duree": true, "dureee": true, "durer": true, "travaille": true, "passe": true, "passes": true, "total": true}

// Words after "N ans" that make it a duration ("12 ans d'expérience",
// "3 ans que", "10 ans à la mairie", "5 ans en CDI").
var durationAfter = map[string]bool{"d": true, "de": true, "que": true, "dans": true, "chez": true, "en": true, "au": true,
	"a": true, "comme": true, "sans": true, "passes": true, "plus": true, "aupres": true, "chomage": true}

// ageCue words announce an age whatever follows ("j'ai 45 ans", "il a 17
// ans", "âgé de 30 ans").
func (a *analyser) ageCue(i int) bool {
	if i == 0 {
		return a.birthdayPassed(i) // « 26 ans le 3 mars, au chômage »
	}
	if a.adverbAgeCue(i) {
		return true
	}
	p := a.toks[i-1].s
	if p == "ai" || p == "a" || p == "as" || p == "ont" || a.birthdayPassed(i) {
		return true
	}
	if p == "age" || p == "agee" || p == "ages" {
		return true // « âge : 34 », « âge 34 » (a form)
	}
	return (p == "de" || p == "d") && i >= 2 && (personNouns[a.toks[i-2].s] || a.describesPerson(i-2) || a.occupationR22h(i-2) || a.asideBeforeAgeR20m(i) || a.jeuneOneWordR21n(i))
}

// describesPerson reports that the word at j ends a status or occupation
// phrase (« demandeur d'emploi de 44 ans », « électricien de 61 ans »,
// « infirmière de 38 ans »): what follows with « de N ans » is an age.
func (a *analyser) describesPerson(j int) bool {
	for _, h := range a.sc.hits {
		if h.end-1 == j && (h.p.k == kStatus || h.p.k == kSector && h.p.w >= 4) {
			return true
		}
	}
	return a.is(j, clsTradeWords) // one of lex().trade
}

// personNouns before "de N ans" make it an age ("chômeur de 52 ans", "âgée
// de 30 ans", "mon fils de 17 ans"), unlike "un contrat de 2 ans".
var personNouns = map[string]bool{"age": true, "agee": true, "ages": true, "agees": true, "chomeur": true, "chomeuse": true,
	"femme": true, "homme": true, "fils": true, "fille": true, "mere": true, "pere": true, "maman": true, "papa": true,
	"jeune": true, "salarie": true, "salariee": true, "personne": true, "demandeur": true, "demandeuse": true, "enfant": true,
	"garcon": true, "monsieur": true, "madame": true, "dame": true, "gars": true, "etudiant": true, "etudiante": true,
	"mari": true, "frere": true, "soeur": true, "neveu": true, "niece": true, "cousin": true, "cousine": true, "conjoint": true,
	"conjointe": true, "epoux": true, "epouse": true, "ami": true, "amie": true, "compagnon": true, "compagne": true, "copine": true, "copain": true, "fonctionnaire": true, "cadre": true,
	"senior": true, "ado": true, "adolescent": true, "adolescente": true}

// age reads the visitor's age: « 44 ans », « 44a », « j'ai 44 », « de 61
// ans » after a person or an occupation, « quarante-quatre ans », « né en
// 1982 », « j'en ai 57 ». A decade (« la cinquantaine », « la quarantaine »)
// or an approximation (« bientôt 50 », « je vais sur mes 50 ans ») is not
// an age: the rows 3–4 boundary (26) needs the exact one, so it is asked.
func (a *analyser) age(now time.Time) int {
	best, bestW, relAge := 0, 0, 0
	toks := a.toks
	for i, t := range toks {
		if !t.num {
			if k := a.bornDateAt(i); k > 0 {
				if y := a.birthYear(k, now); y > 0 && 3 > bestW {
					best, bestW = y, 3
				}
			}
			continue
		}
		v, n := leadingInt(t.s)
		suffix := t.s[n:]
		if n == 1 && len(suffix) > 0 && suffix[0] == 'o' {
			// « 2O ans », « 4Oa »: a letter O typed for the zero on a phone
			v, suffix = v*10, suffix[1:]
		} else if n > 2 || v < 10 {
			continue
		}
		if a.ordinalAgeR22h(i, suffix, v) { // « dans ma 25e année » (round 22H)
			if 4 > bestW {
				best, bestW = v-1, 4
			}
			continue
		}
		if j := a.correctedAgeR22h(i); j >= 0 { // « j'ai 34 ans… pardon 24 » (round 22H)
			if a.saidWithJaiR22h(j) && v >= 16 && v <= 70 {
				best, bestW = v, 6
			}
			continue
		}
		if a.enAiNowR26b(i, v) && 5 > bestW {
			best, bestW = v, 5 // « j'en ai 20 aujourd'hui et… » (round 26B)
			continue
		}
		unit := suffix == "a" || suffix == "an" || suffix == "ans" || suffix == "yo"
		next := i + 1
		if suffix == "" && next < len(toks) && toks[next].clause == t.clause {
			switch {
			case toks[next].s == "ans" || toks[next].s == "an" || toks[next].s == "yo" || a.corsicanYears(next) || creoleYears[toks[next].s]:
				unit = true
			case (toks[next].s == "years" || toks[next].s == "year") && next+1 < len(toks) && toks[next+1].s == "old":
				unit = true // Franglais: « 24 years old »
				next++
			case toks[next].s == "y" && next+1 < len(toks) && toks[next+1].s == "o":
				unit = true // « 30 y.o. »
				next++
			case toks[next].s == "a" && (toks[next].after != 0 || next+1 == len(toks) || a.ageUnitAR27c(next)):
				unit = true
			case a.ageUnitR20m(next, v) > 0:
				unit = true // « 26 printemps », « 23 yrs old » (round 20M)
				next += a.ageUnitR20m(next, v) - 1
			}
			if unit {
				next++
			}
		}
		if !unit && suffix == "" && i > 0 && (toks[i-1].s == "age" || toks[i-1].s == "agee") && v >= 16 && v <= 99 && 4 > bestW {
			best, bestW = v, 4 // « âge : 34 », « âge 34 »: a form's field
			continue
		}
		if !unit && suffix == "" && a.forNoun != "" && i > 1 && toks[i-1].s == a.forNoun && toks[i-1].clause == t.clause &&
			(toks[i-2].s == "la" || toks[i-2].s == "le" || toks[i-2].s == "l") && v >= 16 &&
			(i+1 == len(toks) || toks[i+1].clause != t.clause) && relAge == 0 {
			// « l'aîné a 28 ans, la cadette 24 », written for the cadette:
			// the unit said once for both
			relAge = v
			continue
		}
		if !unit {
			// "j'ai 45." — a bare number right after "j'ai" ending its clause.
			// "j'en ai 57": the same with "en" standing for "ans".
			jai := i >= 2 && toks[i-1].s == "ai" && (toks[i-2].s == "j" || toks[i-2].s == "en" && i >= 3 && toks[i-3].s == "j")
			if suffix == "" && jai && (i+1 == len(toks) || toks[i+1].clause != t.clause || toks[i-2].s == "j" && a.bareAgeGoesOnR20m(i, v)) && 1 > bestW {
				best, bestW = v, 1
			}
			if suffix == "" && jai && toks[i-2].s == "en" && v >= 16 && (i+1 == len(toks) || toks[i+1].clause != t.clause || a.nowEnAiEt(i) || a.enAiNow(i) || a.yearsEnAiR20m(i, v)) && 5 > bestW && !a.forRel {
				// « à 20 ans j'ai eu mon premier enfant, aujourd'hui j'en ai
				// 41 »: « en » stands for the years, the writer's of now
				best, bestW = v, 5
			}
			if suffix == "" && v >= 16 && 5 > bestW && !a.forRel && a.bareAfterMoi(i) {
				best, bestW = v, 5 // « ma mère a 50 ans, moi 24 »
			}
			if suffix == "" && v >= 16 && 4 > bestW && (a.englishAge(i) || a.englishAgeR20a(i)) {
				best, bestW = v, 4 // « hi, I'm 34 »
			}
			continue
		}
		if (a.selfDescribedAge(i) || a.selfApposedAgeR22h(i)) && !a.pastAge(i) {
			// « je suis maman solo de 24 ans » (round 15B): the writer's own
			if 5 > bestW {
				best, bestW = v, 5
			}
			continue
		}
		if a.pastAge(i) || a.eventAge(i) || a.ageBeforePastVerb(i) || a.diplomaAge(i) || a.pastTenseAge(i) || a.spanOfPastJob(i) && !gluedAge(suffix) || !a.forRel && a.relativesAge(i) ||
			a.thingAgeR20m(i) || a.thingBirthdayR22h(i) || !a.forRel && a.relativeBirthdayR22h(i) && a.firstPersonStatusR22h() || a.retirementAgeR20m(i) || a.ageRangeR20m(i, v) || a.pastEventAgeR20m(i) {
			continue
		}
		if i > 0 && approxWords[toks[i-1].s] {
			continue // « environ 40 ans »: approximate, asked
		}
		if a.ageHorizon(i) {
			continue // « changer de métier avant 50 ans » (round 15A): an age to come, not the age
		}
		if a.relativeBirthdayR22h(i) && !a.ofAnotherRelative(i) {
			// « mon neveu va avoir 26 ans », written for him (round 22H)
			if relAge == 0 {
				relAge = v
				if a.relativeAgeToComeR22h(i) {
					relAge = v - 1
				}
			}
			continue
		}
		toCome := a.ageToCome(i) || a.birthdaySoon(i, next) || a.partySoon(i) || a.soonAgeSaid(i) || a.birthdayAheadR20a(i)
		if toCome {
			// « je vais avoir 26 ans en août », « j'ai bientôt 30 ans »: the
			// age of now is the one before
			v--
		} else if i > 0 && (almostWords[toks[i-1].s] || toks[i-1].s == "avoir" && !a.birthdayPassed(i) || toks[i-1].s == "aura" || toks[i-1].s == "aurai") {
			continue // « il a bientôt 20 ans », « elle va avoir 18 ans »: someone else's, or unclear
		}
		w := 2
		if a.forRel && !a.sc.rel[i] && (i < a.forPos || a.sc.writer[t.clause]) && !a.relativeAgeForm(i) && !a.ageInApposition(i) {
			// « je suis retraitée, 67 ans, c'est pour mon fils », « j'ai 45
			// ans et je vous écris pour ma fille »: the writer's age, not
			// the one of the relative written for
			continue
		}
		if a.writersAgeR22q(i) {
			continue // round 22Q: « DRH (cadre, 51 ans). Un de nos caristes, 37 ans »: the writer's age
		}
		if a.forNoun != "" && (a.ofAnotherRelative(i) || a.relativeAgeForm(i) && a.anotherRelative(a.ageNoun(i))) {
			continue // another relative's age than the one written for
		}
		if a.relativeAgeForm(i) {
			// « mon fils a 20 ans … infirmière, 45 ans »: the writer's own
			// age said anywhere else wins; alone, the relative's is the one
			// the message is written for
			if relAge == 0 {
				relAge = v
			}
			continue
		}
		if i >= 2 && toks[i-1].s == "a" && toks[i-2].s == "y" && !a.bornAgo(i) {
			continue // « il y a 10 ans »: a time ago, not an age (« né il y a 50 ans » is one)
		}
		if i > 0 && toks[i-1].s == "moi" && (toks[i-1].after == '(' || toks[i-1].clause == t.clause) {
			w = 5 // « mon mari (45 ans) et moi (43 ans) »: the writer's own
		} else if a.ageCue(i) || toCome {
			w = 4
			if i >= 2 && toks[i-1].s == "ai" && toks[i-2].s == "j" || a.adverbAgeCue(i) {
				// « mon fils de 22 ans …, moi j'ai 50 ans »: the writer's
				// own age said in the first person beats another's
				w = 5
			}
		} else {
			if i > 0 && toks[i-1].clause == t.clause && durationBefore[toks[i-1].s] && !(i > 1 && toks[i-2].s == "chez") && !a.caObject(i-1) && !a.statusDureeR27c(i) || a.workedForR27c(i) {
				continue
			}
			if i > 1 && toks[i-1].s == "et" && toks[i-2].num { // "de 5 et 8 ans"
				continue
			}
		}
		if next < len(toks) && toks[next].clause == t.clause && durationAfter[toks[next].s] && !(v >= 16 && a.originAfterR20a(next)) && !a.ofPlaceAfterPersonR21n(i, next) {
			if w < 4 || toks[next].s == "d" || toks[next].s == "de" {
				// « 33 ans a nimes », « 40 ans dans le 59 »: a place right
				// after is the list style of an SMS, not a duration (« 10 ans
				// à la mairie » has an article); the weakest reading
				if w == 2 && v >= 16 && v <= 75 && (a.placeAfter(next) || a.contractAfter(i, next) || a.joblessListed(i, next, v) || a.withoutJobListed(i, next, v) || a.villageAfter(next) ||
					a.joblessSinceR21n(i, next, v) || a.gluedAgeAtWorkR21n(i, next, v) || a.youngJoblessListedR22h(i, next, v)) && 1 > bestW {
					best, bestW = v, 1
				}
				continue
			}
		}
		if v < 16 && w < 4 && !a.standalone(i, next) && !a.pupilAge(i, v) {
			continue // a child's age or a duration, unless clearly the visitor's
		}
		if w == 2 && v >= 16 && a.standalone(i, next) {
			// « 17 ans secrétaire en mairie …, 46a, j'habite Moûtiers »: an
			// age alone in its clause, the list style of an age, beats a
			// number of years said before a job title (round 17i)
			w = 3
		}
		if w > bestW {
			best, bestW = v, w
		}
	}
	if best == 0 || a.forRel && relAge > 0 {
		// (a message written for a relative: the relative's age)
		return relAge
	}
	return best
}

// pastAge reports an age at which something began or ended: « j'ai
// commencé à 18 ans », « depuis l'âge de 16 ans », « dès l'âge de 14 ans ».
func (a *analyser) pastAge(i int) bool {
	t := a.toks
	if i >= 2 && t[i-1].s == "a" && startVerbs[t[i-2].s] {
		return true
	}
	if i >= 4 && t[i-1].s == "de" && t[i-2].s == "age" && t[i-3].s == "l" {
		switch t[i-4].s {
		case "depuis", "des", "a":
			return true
		}
	}
	return false
}

var startVerbs = map[string]bool{"commence": true, "commencee": true, "debute": true, "debutee": true, "arrete": true, "arretee": true,
	"quitte": true, "quittee": true, "sorti": true, "sortie": true, "entre": true, "entree": true, "rentre": true, "rentree": true,
	"parti": true, "partie": true, "travaille": true, "bosse": true, "embauche": true, "embauchee": true, "eu": true, "obtenu": true,
	"passe": true, "fait": true, "devenu": true, "devenue": true, "mariee": true, "marie": true}

// relativesAge reports an age said of a relative (« j'ai un fils de 19
// ans », « mon mari a 50 ans », « le plus grand a 20 ans ») when the writer
// states a status of their own in the first person: then it is not the
// writer's age (a message written for the relative keeps it).
func (a *analyser) relativesAge(i int) bool {
	return a.relativeAgeForm(i) && a.firstPersonStatusR22h()
}

// relativeAgeForm reports « <relative> a|de N ans »: « mon fils a 20
// ans », « un fils de 19 ans », « le plus grand a 20 ans ».
func (a *analyser) relativeAgeForm(i int) bool {
	t := a.toks
	if i >= 2 && t[i-1].after == '(' && relativeNouns[t[i-1].s] && t[i-1].s != "n" {
		// « ma mère (59 ans) a perdu son emploi », « mon beau-frère (27 ans) »
	back:
		for k := i - 2; k >= 0 && k >= i-4 && t[k].clause == t[i-1].clause; k-- {
			switch t[k].s {
			case "mon", "ma", "son", "sa":
				return true
			case "petit", "petite", "beau", "belle", "grand", "grande":
			default:
				break back
			}
		}
	}
	if a.relativeApposedR27c(i) || a.relativeAdjAgeR27c(i) {
		return true // « mon mari, 50 ans, », « mon fils autiste a 12 ans » (round 27C)
	}
	if i < 2 || t[i-2].clause != t[i].clause {
		return false
	}
	if relativeNouns[t[i-1].s] && t[i-1].s != "n" {
		switch t[i-2].s {
		case "mon", "ma", "son", "sa", "notre", "petit", "petite":
			return true // « mon fils 18 ans », « ma fille 22a »
		}
	}
	switch t[i-1].s {
	case "a", "de", "d", "ont": // (« mes parents ont 70 ans »)
	default:
		return false
	}
	n := t[i-2].s
	return relativeNouns[n] && n != "n" || n == "grand" || n == "grande" || n == "aine" || n == "ainee"
}

// ageNoun is the relative's noun of an age in relativeAgeForm: « fils » in
// « mon fils 18 ans » and « mon fils a 18 ans ».
func (a *analyser) ageNoun(i int) string {
	if n := a.toks[i-1].s; relativeNouns[n] {
		return n
	}
	return a.toks[i-2].s
}

// placeAfter reports « à <Town> » or « dans le <département> » at i: the
// words after « N ans » name a place, not what the years were spent on.
func (a *analyser) placeAfter(i int) bool {
	toks := a.toks
	if i+1 >= len(toks) || toks[i+1].clause != toks[i].clause {
		return false
	}
	switch toks[i].s {
	case "a":
		n := toks[i+1]
		if n.num {
			return false
		}
		if a.placeNamesFromR27c(i + 1) {
			return true // « 31 ans a la reunion », « 48 ans a pointe a pitre » (round 27C)
		}
		if articles[n.s] {
			return false
		}
		_, isWord := lex().known[n.s]
		homs := geo.CommunesByKey(n.s)
		if isWord && len(homs) > 0 && a.townWordAfterPrepR27c(i+1, 1, homs[0].Population, true) {
			return true // « 47 ans a tours » typed last, or before the next item (round 27C)
		}
		if isWord {
			// « salariée 35 ans à Tours »: a word that is also a town of
			// 20 000 inhabitants or more, written with its capital, is
			// the town (issue 13, persona pb); « 10 ans à tours » not
			return n.cap && len(homs) > 0 && homs[0].Population >= 20000
		}
		if len(homs) > 0 {
			return true
		}
		// « 50 ans à marseil »: a town misspelt, which the place reading
		// confirms by a question (typoPlace), is a place all the same
		if len(n.s) < minFuzzyLen || !isAlpha(n.s) {
			return false
		}
		_, found := nearestTown(n.s)
		return found
	case "dans", "en":
		if toks[i].s == "dans" && i+2 < len(toks) && toks[i+1].s == "le" && toks[i+2].clause == toks[i].clause && isDepCode(toks[i+2].s) {
			return true
		}
		// « 34 ans dans le val de marne », « 35 ans en guadeloupe », typed
		// without stops: a département or region name follows
		j := i + 1
		if articles[toks[j].s] && j+1 < len(toks) && toks[j+1].clause == toks[i].clause {
			j++
		}
		return geo.NameMaxWordsFrom(toks[j].s) > 0
	}
	return false
}

var articles = map[string]bool{"la": true, "le": true, "l": true, "les": true, "un": true, "une": true, "mon": true, "ma": true, "mes": true, "ce": true, "cette": true}

// birthYear reads "né en 1999" / "née le 3 mars 1985" from position i.
func (a *analyser) birthYear(i int, now time.Time) int {
	// a year of four digits first: « née le 12/03/1985 » is not 2003
	for j := i; j < len(a.toks) && j <= i+5; j++ {
		if v, n := leadingInt(a.toks[j].s); a.toks[j].num && n == 4 && v >= 1900 && v <= now.Year() {
			return now.Year() - v - a.birthdayAhead(i, j, now)
		}
	}
	for j := i; j < len(a.toks) && j <= i+5; j++ {
		t := a.toks[j]
		if !t.num {
			continue
		}
		v, n := leadingInt(t.s)
		if n == 4 && v >= 1900 && v <= now.Year() {
			return now.Year() - v
		}
		if n == 2 && len(t.s) == 2 && j == i+1 && a.toks[i].s == "en" {
			// « né en 82 »: a year of two digits right after « en »
			return now.Year() - shortYear(v, now)
		}
		last := j+1 == len(a.toks) || !a.toks[j+1].num // « 3/04/79 »: the year ends the date
		if n == 2 && j > i+1 && (t.s == smallNumbers[v] || len(t.s) == 2) && (a.toks[j-1].num || months[a.toks[j-1].s]) && last && t.clause == a.toks[i].clause {
			// "née le 12/03/85": a two-digit year after day and month
			return now.Year() - shortYear(v, now)
		}
	}
	return 0
}

// answerAgeToCome reports, in the words before the number of an answer to
// the age question, that the number is the age to come: « bientôt » or
// « presque » right before it, « je vais avoir », « j'aurai ».
func answerAgeToCome(before []token) bool {
	p := before[len(before)-1].s
	switch {
	case almostWords[p], p == "aurai":
		return true
	case p == "avoir":
		return len(before) >= 2 && before[len(before)-2].s == "vais"
	}
	return false
}

// ageUnitSuffix are the letters that may follow an age's digits in one
// token (« 40a », « 40ans »), none included.
var ageUnitSuffix = map[string]bool{"": true, "a": true, "an": true, "ans": true}

// ParseAge reads an answer to "Quel âge avez-vous ?": "23", "23 ans",
// "vingt-trois", "né en 1999". It returns any plausible human age (0–120);
// the dialogue decides what is out of scope.
func ParseAge(text string, now time.Time) (int, bool) {
	sc := scratchPool.Get().(*scratch)
	defer scratchPool.Put(sc)
	tokenize(sc, text)
	findHits(sc)
	a := analyser{sc: sc, toks: sc.toks}
	for i := range a.toks {
		if k := a.bornDateAt(i); k > 0 {
			if y := a.birthYear(k, now); y > 0 {
				return y, true
			}
		}
	}
	for i, t := range a.toks {
		if !t.num {
			continue
		}
		v, n := leadingInt(t.s)
		if n == 1 && len(t.s) > 1 && t.s[1] == 'o' && ageUnitSuffix[t.s[2:]] {
			// « 4O », « 2O ans »: a letter O typed for the zero on a
			// phone, as the analysis reads it in a sentence (age); read
			// as 4, a 40-year-old was told the CEP is not yet for them.
			v, n = v*10, 2
		}
		if n == 4 && v >= 1900 && v <= now.Year() { // "1999"
			return now.Year() - v, true
		}
		if n <= 3 && v <= 120 {
			if v > 0 && i > 0 && answerAgeToCome(a.toks[:i]) {
				// « bientôt 26 », « presque 26 ans », « je vais avoir
				// 26 »: the age to come, as the analysis reads it in a
				// sentence (ageToCome); the age of now is the one before.
				// Read as 26, a 25-year-old lost the Mission locale
				// (persona p24a, issue 13).
				return v - 1, true
			}
			return v, true
		}
		return 0, false
	}
	return 0, false
}
