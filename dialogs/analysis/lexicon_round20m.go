package analysis

// Round 20M (issue 13): a gap search on the AGE field. cep-domain.md §1.3
// routes on the exact age (rows 3–4: 16–25 ans révolus → mission locale or
// Apec, L5314-2 « moins de 26 ans »), so an age missed sends a young visitor
// to the adult rows, and a number read as an age that is not the writer's
// sends an adult to the young ones. The rules below are French (and
// Franglais) grammar of how an age is said, each with its reason:
//
// Ages missed:
//   - « j'ai 44 et je suis au chômage »: the bare number after « j'ai »
//     (round 9: « j'ai 45. ») is an age as well when a conjunction or a new
//     subject goes on the sentence: « avoir N » with no noun after it can
//     only be the age (« j'ai 2 enfants » has its noun). Two numbers joined
//     by « et » (« j'ai 2 et 5 ans d'expérience ») are left alone
//     (bareAgeGoesOnR20m). « j'en ai N et … » is not read so: « en » stands
//     for a noun said before, which may be anything (« des clients, j'en ai
//     20 et je voudrais en avoir plus », round 17A), unless « ans » was said
//     in the ten words before (« les moins de 26 ans ? moi j'en ai 27 et je
//     cherche »): then « en » stands for the years (yearsEnAiR20m).
//   - « 26 printemps »: « printemps » for the years of one's age is a set
//     phrase of French (TLFi, printemps B.2 « année (d'âge) », « avoir vingt
//     printemps »), like « balais », « piges », « berges » of the slang
//     (lexicon.go smsSpecs); from 16 on (« 3 printemps » is a duration).
//   - « 23 yrs old », « I'm 23 yrs old »: « yrs » is the English
//     abbreviation of « years » (Merriam-Webster, yr. / yrs.), read as
//     « years old » is (round 9).
//
// Numbers read as the writer's age that are not:
//   - « l'entreprise a 30 ans », « ma boîte a 10 ans »: « avoir N ans »
//     after a noun of a thing (a company, a contract, a house, a car) is the
//     thing's age (thingAgeR20m).
//   - « partir en retraite à 62 ans », « prendre sa retraite à 64 ans »:
//     the age of a retirement to come or gone, a horizon as « avant 50 ans »
//     (round 15A, ageHorizon), not the age of now.
//   - « des 30-40 ans », « de 30 à 40 ans »: a range of ages, as « entre 25
//     et 30 ans » already is (age.go: « de 5 et 8 ans »): no exact age, so
//     it is asked.
//   - « je suis tombé malade à 40 ans », « je suis tombée enceinte à 19
//     ans », « arrivé en France à 17 ans »: the passé composé of an event
//     verb before « à N ans » dates a past event, as « j'ai quitté l'école à
//     16 ans » (round 10B, eventAge) does with the verbs of starting and
//     stopping.
//   - « À 25 ans j'avais déjà deux enfants », « à 20 ans j'étais maman »:
//     « à N ans » opening a clause whose verb is in the imparfait tells a
//     time of the past (round 17G read the passé composé there,
//     ageBeforePastVerb); « À 45 ans, je veux changer » (present) stays the
//     age.

// ageUnitR20m reports the word at j after a number of v as a unit of age:
// « printemps » (from 16 on) and the English « yrs old ». It returns how many
// words the unit takes (0 when it is none).
func (a *analyser) ageUnitR20m(j, v int) int {
	t := a.toks
	if j >= len(t) {
		return 0
	}
	switch t[j].s {
	case "printemps":
		if v >= 16 {
			return 1
		}
	case "yrs", "yr":
		if j+1 < len(t) && t[j+1].clause == t[j].clause && t[j+1].s == "old" {
			return 2
		}
	}
	return 0
}

// bareAgeGoesOnR20m reports the bare number at i after « j'ai » or « j'en
// ai » followed in its clause by a conjunction or a new subject (« j'ai 44
// et je suis au chômage », « j'ai 40, mais … » is already a clause end): no
// noun follows, so the number is the age. A second number after « et »
// (« j'ai 2 et 5 ans d'expérience ») makes a list, left alone.
func (a *analyser) bareAgeGoesOnR20m(i, v int) bool {
	t := a.toks
	if v < 16 || i+1 >= len(t) || t[i+1].clause != t[i].clause {
		return false
	}
	switch t[i+1].s {
	case "et", "mais", "donc", "car", "je", "j":
		return i+2 >= len(t) || !t[i+2].num
	}
	return false
}

// thingNouns are nouns of things, not persons, that « avoir N ans » may
// follow: a company, a workplace, a contract, a house, a vehicle.
var thingNouns = map[string]bool{"entreprise": true, "societe": true, "boite": true, "structure": true, "association": true,
	"asso": true, "magasin": true, "boutique": true, "commerce": true, "restaurant": true, "usine": true, "maison": true,
	"voiture": true, "appartement": true, "contrat": true, "cdi": true, "diplome": true, "agence": true, "etablissement": true,
	"enseigne": true, "cabinet": true, "garage": true, "atelier": true, "exploitation": true, "ferme": true, "batiment": true,
	"camion": true, "local": true, "franchise": true, "marque": true, "dossier": true, "pret": true, "credit": true}

// thingAgeR20m reports « <thing> a N ans » (« l'entreprise a 30 ans »).
func (a *analyser) thingAgeR20m(i int) bool {
	t := a.toks
	return i >= 2 && t[i-1].s == "a" && t[i-2].clause == t[i].clause && thingNouns[t[i-2].s]
}

// retirementWords name a retirement, whose age is a horizon.
var retirementWords = map[string]bool{"retraite": true, "retraitee": true, "retraites": true, "retraitees": true}

// retirementAgeR20m reports « à N ans » with a retirement named in the four
// words before it in its clause (« partir en retraite à 62 ans », « prendre
// ma retraite à 64 ans », « retraité à 60 ans »). « venir de » before it
// is the passé récent (« je viens de prendre ma retraite à 62 ans »): the
// retirement is of now, and so is the age.
func (a *analyser) retirementAgeR20m(i int) bool {
	t := a.toks
	if i < 2 || t[i-1].s != "a" {
		return false
	}
	retired := false
	for k := i - 2; k >= 0 && k >= i-12 && t[k].clause == t[i].clause; k-- {
		switch {
		case k >= i-5 && retirementWords[t[k].s]:
			retired = true
		case (t[k].s == "viens" || t[k].s == "vient") && k+1 < i && t[k+1].s == "de":
			return false
		}
	}
	return retired
}

// rangeStartWords open a range of ages (« des 30-40 ans », « de 30 à 40
// ans », « les 25-35 ans »).
var rangeStartWords = map[string]bool{"des": true, "les": true, "de": true, "entre": true}

// ageRangeR20m reports the number at i ending a range of ages: « de 30 à 40
// ans », or « des 30-40 ans » (the hyphen is not kept by the tokenizer, so
// the two numbers stand side by side after the article of a range; the
// first must be the lower).
func (a *analyser) ageRangeR20m(i, v int) bool {
	t := a.toks
	j := i - 1
	if j >= 1 && t[j].s == "a" && t[j-1].num {
		j--
	} else if j < 0 || !t[j].num {
		return false
	}
	if t[j].clause != t[i].clause || j < 1 || !rangeStartWords[t[j-1].s] {
		return false
	}
	lo, n := leadingInt(t[j].s)
	return n == 2 && lo < v
}

// eventParticiples are past participles of verbs telling an event of one's
// life, not a state (unlike « licencié », which may be told as the state of
// now): with an auxiliary before them (the passé composé), « à N ans »
// after them dates that event.
var eventParticiples = map[string]bool{"tombe": true, "tombee": true, "arrive": true, "arrivee": true, "venu": true,
	"venue": true, "installe": true, "installee": true, "lance": true, "lancee": true, "mis": true, "mise": true,
	"blesse": true, "blessee": true, "opere": true, "operee": true, "accidente": true, "accidentee": true,
	"reconverti": true, "reconvertie": true, "demenage": true, "emigre": true, "emigree": true, "immigre": true, "immigree": true}

// pastEventAgeR20m reports « <aux> <event participle> … à N ans » in one
// clause, the participle within five words before the number, and the
// imparfait after a fronted « à N ans » (« À 25 ans j'avais déjà… »).
func (a *analyser) pastEventAgeR20m(i int) bool {
	t := a.toks
	if i < 1 || t[i-1].s != "a" {
		return false
	}
	for k := i - 2; k >= 1 && k >= i-6 && t[k].clause == t[i].clause; k-- {
		switch t[k].s {
		case "et", "mais", "maintenant", "aujourd", "actuellement":
			return false
		}
		if eventParticiples[t[k].s] && auxiliaries[t[k-1].s] {
			return true
		}
	}
	if i >= 2 && t[i-2].clause == t[i].clause {
		return false // the imparfait is read only after a fronted « à N ans »
	}
	j := i + 1
	if j < len(t) && t[j].s == "ans" {
		j++
	}
	if j+1 >= len(t) || t[j+1].clause != t[i].clause {
		return false
	}
	switch t[j].s {
	case "je", "j", "il", "elle", "on":
		return imparfait(t[j+1].s)
	}
	return false
}

// imparfait reports a verb of the first or third person singular in the
// imparfait (« avais », « étais », « travaillait »). The conditional
// (« voudrais », « aimerait ») ends in -rais, -rait and is left out, with
// the short present forms « vais », « fais », « sais », « fait », « sait ».
func imparfait(w string) bool {
	if len(w) < 5 {
		return false
	}
	s := w[len(w)-3:]
	if s != "ais" && s != "ait" {
		return false
	}
	return w[len(w)-4] != 'r'
}

// asideBeforeAgeR20m reports « <person> (<aside>) de N ans » (« jeune
// diplômé (master) de 22 ans », « demandeuse d'emploi (RSA) de 40 ans »):
// an aside in brackets between the person and « de N ans » leaves the age
// the person's, as without it (ageCue). The aside is at most three words,
// and the age an adult's (from 16): the aside weakens the reading, so a
// duration (« salarié (CDI) de 12 ans ») is not taken.
func (a *analyser) asideBeforeAgeR20m(i int) bool {
	t := a.toks
	if v, _ := leadingInt(t[i].s); i < 3 || t[i-2].after != ')' || v < 16 {
		return false
	}
	for k := i - 3; k >= 0 && k >= i-5; k-- {
		if t[k].after == '(' {
			return personNouns[t[k].s] || a.describesPerson(k)
		}
	}
	return false
}

// yearsEnAiR20m reports « j'en ai N » going on as bareAgeGoesOnR20m reads
// it, with « ans » or « an » in the ten words before « j'en »: the nearest
// antecedent of « en » is the years, so N is the writer's age.
func (a *analyser) yearsEnAiR20m(i, v int) bool {
	t := a.toks
	if i < 3 || !a.bareAgeGoesOnR20m(i, v) {
		return false
	}
	for k := i - 4; k >= 0 && k >= i-13; k-- {
		if t[k].s == "ans" || t[k].s == "an" {
			return true
		}
	}
	return false
}
