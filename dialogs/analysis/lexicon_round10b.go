package analysis

import (
	"cmp"
	"slices"

	"github.com/cep-accueil/cepbot/dialogs/geo"
)

// Round 10B of issue 13: ages, places, disability and cadre read from
// messages written like real people write (tuning43). Each rule leaves a
// fact unknown rather than guessing: the dialogue asks what is unknown.

func init() {
	// the short names of big towns typed on a phone (« 21a bdx », « 38a
	// mtp »): unambiguous, no commune nor French word is spelt so
	for k, dep := range map[string]string{"bdx": "33", "mtp": "34", "montpel": "34", "tlse": "31", "stras": "67",
		"strasb": "67", "paname": "75"} {
		placeAliases[k] = dep
	}
	// « retraité de 66 ans »: a retiree who still works is a visitor,
	// and « de N ans » after the word is their age like after « chômeur »
	for _, w := range []string{"retraite", "retraitee", "retraites"} {
		personNouns[w] = true
	}
}

// nowAdverbs sit between « j'ai » and the age without changing it
// (« j'ai maintenant 32 ans », « j'ai aujourd'hui 49 ans »).
var nowAdverbs = map[string]bool{"maintenant": true, "actuellement": true, "deja": true, "hui": true, "desormais": true}

// adverbAgeCue reports « j'ai <adverb> N ans »: the writer's age of now,
// which beats an age said of an event earlier in a story (« après mon
// CAP à 17 ans … j'ai maintenant 32 ans »).
func (a *analyser) adverbAgeCue(i int) bool {
	t := a.toks
	j := i - 1
	if j < 0 || t[j].clause != t[i].clause || !nowAdverbs[t[j].s] {
		return false
	}
	if t[j].s == "hui" {
		if j < 1 || t[j-1].s != "aujourd" {
			return false
		}
		j--
	}
	return j >= 2 && t[j-1].s == "ai" && t[j-2].s == "j"
}

// eventAge reports « <auxiliary> <start verb> … à N ans »: the age at which
// something began or ended, a few words after the verb (« j'ai quitté
// l'école à 16 ans », « j'ai commencé à travailler à 18 ans »), not the
// age of now. Without accents « a » may also be « il a 17 ans »: the
// compound verb before is required.
func (a *analyser) eventAge(i int) bool {
	t := a.toks
	if i < 3 || t[i-1].s != "a" {
		return false
	}
	for k := i - 2; k >= 0 && k >= i-5 && t[k].clause == t[i].clause; k-- {
		switch t[k].s {
		case "et", "mais", "maintenant", "aujourd", "actuellement":
			return false // (« … et maintenant à 22 ans »)
		}
		if participlesOnly[t[k].s] {
			// round 17G: a word that is only a past participle needs no
			// auxiliary (« RQTH obtenue à 19 ans », « elle a appris la
			// coiffure à seize ans »)
			return true
		}
		if startVerbs[t[k].s] {
			// « j'ai quitté l'école à 16 ans », or the participle opening
			// the clause (« entré chez Renault à 18 ans, … »)
			return k == 0 || t[k-1].clause != t[i].clause || auxiliaries[t[k-1].s]
		}
	}
	return false
}

// birthdaySoon reports « N ans dans deux mois »: the age the visitor will
// have at the next birthday, so the age of now is the one before.
func (a *analyser) birthdaySoon(i, next int) bool {
	t := a.toks
	if next+2 < len(t) && t[next+2].clause == t[i].clause &&
		(t[next].s == "le" && t[next+1].s == "mois" && t[next+2].s == "prochain" || t[next].s == "la" && t[next+1].s == "semaine" && t[next+2].s == "prochaine") {
		return true // « 30 ans le mois prochain »
	}
	if next+2 >= len(t) || t[next].s != "dans" || t[next+2].clause != t[i].clause {
		return false
	}
	n := t[next+1]
	if v, _ := leadingInt(n.s); !(n.num && v >= 1 && v <= 11 || soonCounts[n.s]) {
		return false
	}
	switch t[next+2].s {
	case "mois", "semaine", "semaines", "jours", "jour":
		return true
	}
	return false
}

var soonCounts = map[string]bool{"un": true, "une": true, "deux": true, "trois": true, "quatre": true, "cinq": true,
	"six": true, "sept": true, "huit": true, "neuf": true, "dix": true, "onze": true, "quelques": true}

// withoutJobListed reports « 33 ans sans emploi » in a list typed on a
// phone: the age, then the situation (a duration of 26 years or more
// without a job is not what such a list says).
func (a *analyser) withoutJobListed(i, next, v int) bool {
	t := a.toks
	if v < 26 || v > 75 || next+1 >= len(t) || t[next].s != "sans" || t[next+1].clause != t[i].clause {
		return false
	}
	switch t[next+1].s {
	case "emploi", "travail", "boulot", "taf", "activite":
	default:
		return false
	}
	if i == 0 || t[i-1].clause != t[i].clause {
		return true
	}
	p := t[i-1]
	return !p.num && !workedVerbs[p.s] && !durationBefore[p.s] && !startVerbs[p.s]
}

// temporaryWorkPlace reports a town named with a temporary job (« serveuse
// en saison à Biarritz », « en cuisine à Bordeaux en extra », « en mission
// à Lyon »): the job moves with the season or the mission, so the town is
// where the visitor works for now, not the home (asked). A home verb or an
// age between them parts the items (« saisonnier, j'habite à Agde »).
func (a *analyser) temporaryWorkPlace(i int) bool {
	t := a.toks
	if i < 2 || t[i-1].clause != t[i].clause || t[i-1].s != "a" {
		return false
	}
	for j := i - 2; j >= 0 && j >= i-5 && t[j].clause == t[i].clause; j-- {
		if t[j].num || homeVerbs[t[j].s] {
			return false
		}
		if temporaryJob[t[j].s] {
			return true
		}
	}
	for j := i + 1; j < len(t) && j <= i+3 && t[j].clause == t[i].clause; j++ {
		if t[j].num || homeVerbs[t[j].s] {
			return false
		}
		if temporaryJob[t[j].s] && t[j-1].s == "en" {
			return true // « à Bordeaux en extra »
		}
	}
	return false
}

// temporaryJob are the words of a job held for a season or a mission.
var temporaryJob = map[string]bool{"saison": true, "saisonnier": true, "saisonniere": true, "saisonniers": true,
	"extra": true, "extras": true, "mission": true, "deplacement": true, "chantier": true}

// homeVerbs make the place after them the home whatever job is named
// around it (« saisonnière, j'habite à Agde »).
var homeVerbs = map[string]bool{"habite": true, "habitons": true, "vis": true, "vit": true, "vivons": true, "reside": true,
	"demeure": true, "installe": true, "installee": true}

// employerBeforeDuration reports « chez Michelin pendant 12 ans à
// Clermont »: a duration between the employer and the town does not part
// them (an age would, in an SMS list): the town is the workplace's.
func (a *analyser) employerBeforeDuration(i int) bool {
	t := a.toks
	if i < 6 || t[i-1].s != "a" || t[i-2].s != "ans" || !t[i-3].num {
		return false
	}
	switch t[i-4].s {
	case "pendant", "durant":
	default:
		return false
	}
	for j := i - 5; j >= 0 && j >= i-8 && t[j].clause == t[i].clause; j-- {
		if t[j].num || homeVerbs[t[j].s] {
			return false
		}
		if t[j].s == "chez" || workVerbs[t[j].s] {
			return true
		}
	}
	return false
}

// homeNearCode reports « jhabite 33 », « j'habite vers 62 », « je vis vers
// le 13 »: a département's number right after a home verb (and « vers »).
func (a *analyser) homeNearCode(i int) bool {
	t := a.toks
	if i >= 1 && homeVerbs[t[i-1].s] && t[i-1].clause == t[i].clause && !a.streetAfter(i) {
		return true // « jhabite 33 » (not « j'habite 12 rue de la Paix »)
	}
	j := i - 1
	if j >= 0 && t[j].s == "le" {
		j--
	}
	return j >= 1 && t[j].s == "vers" && t[j].clause == t[i].clause && homeVerbs[t[j-1].s] && t[j-1].clause == t[i].clause
}

// streetAfter reports a street word after the number at i (« 12 rue »,
// « 5 bis avenue »): a house number, not a département.
func (a *analyser) streetAfter(i int) bool {
	t := a.toks
	for j := i + 1; j < len(t) && j <= i+2; j++ {
		if streetWords[t[j].s] {
			return true
		}
	}
	return false
}

var streetWords = map[string]bool{"rue": true, "avenue": true, "av": true, "bd": true, "boulevard": true, "chemin": true, "allee": true,
	"impasse": true, "place": true, "route": true, "bis": true, "ter": true, "quai": true, "cours": true, "residence": true, "lotissement": true}

// workVerbFar reports a work verb four or five words before the town
// (« jbosse o macdo a rouen », « I work at a bank in Paris »): the
// employer named between does not part the verb from its place. A number
// (an age, a duration) or a home verb between them does.
func (a *analyser) workVerbFar(i int) bool {
	t := a.toks
	for j := i - 1; j >= 0 && j >= i-5 && t[j].clause == t[i].clause; j-- {
		if t[j].num || homeVerbs[t[j].s] || t[j].s == "et" || t[j].s == "mais" || t[j].s == "en" {
			return false // (« je travaille en CDI à Ajaccio »: the contract, not an employer, between them)
		}
		if j <= i-4 && (workVerbs[t[j].s] && t[j].s != "chez" || englishWorkVerbs[t[j].s]) {
			return true
		}
	}
	return false
}

// englishWorkVerbs: « I work at a bank in Paris » (Franglais messages).
var englishWorkVerbs = map[string]bool{"work": true, "works": true, "working": true}

// withBareHomonyms adds to the communes named « Le X » (read from « au X »)
// the communes named « X » without the article: « au Lamentin » is Le
// Lamentin in Martinique or Lamentin in Guadeloupe, and people say « au »
// for both. The most populous first, as geo orders homonyms; a
// département named after the name settles it. Allocates only for such
// rare pairs.
func (a *analyser) withBareHomonyms(i, j int, hs, bare []geo.Commune) []geo.Commune {
	if len(bare) == 0 || sameDep(hs) && sameDep(bare) && hs[0].Dep == bare[0].Dep {
		return hs
	}
	all := make([]geo.Commune, 0, len(hs)+len(bare))
	all = append(append(all, hs...), bare...)
	slices.SortStableFunc(all, func(x, y geo.Commune) int { return cmp.Compare(y.Population, x.Population) })
	if h := a.depNamedAfter(j, all); h >= 0 {
		return all[h : h+1]
	}
	if h := a.homonymNearTown(all, i, j); h >= 0 {
		return all[h : h+1]
	}
	return all
}

// homonymNearTown is the homonym in the département of another town the
// message names without a homonym of its own, outside from:to (the
// name itself) (« au CHU de Fort-de-France
// …, j'habite au Lamentin »: Le Lamentin of Martinique), or -1.
func (a *analyser) homonymNearTown(homs []geo.Commune, from, to int) int {
	t := a.toks
	var kb [80]byte
	for i := range t {
		if !t[i].cap || i >= from && i < to {
			continue
		}
		key := kb[:0]
		for n := 0; n < 4 && i+n < len(t) && t[i+n].clause == t[i].clause; n++ {
			if n > 0 {
				key = append(key, ' ')
			}
			key = append(key, t[i+n].s...)
			other := geo.CommunesByKeyBytes(key)
			if len(other) == 0 || !sameDep(other) || other[0].Name == homs[0].Name {
				continue
			}
			for h, c := range homs {
				if c.Dep == other[0].Dep {
					return h
				}
			}
		}
	}
	return -1
}

// pupilAge reports « 15a » or « 14ans » typed by a pupil who names their
// school year or the apprenticeship they look for (« jsuis en 3e jveux
// faire un cap 15a »): an age under 16 with the unit stuck to it, which a
// duration of work would not have at that age.
func (a *analyser) pupilAge(i, v int) bool {
	t := a.toks
	if v < 14 || v > 15 {
		return false
	}
	if _, n := leadingInt(t[i].s); n == len(t[i].s) {
		return false // « 15 ans » apart: a duration as often as an age
	}
	for _, tok := range t {
		if pupilWords[tok.s] {
			return true
		}
	}
	return false
}

var pupilWords = map[string]bool{"3e": true, "3eme": true, "troisieme": true, "college": true, "collegien": true, "collegienne": true,
	"brevet": true, "seconde": true, "lycee": true, "apprentissage": true, "cap": true}

// villageAfter reports « 48 ans dans un petit village près de Vesoul »: a
// place word after « dans un » is where the visitor lives, not what the
// years were spent on.
func (a *analyser) villageAfter(next int) bool {
	t := a.toks
	if next+2 >= len(t) || t[next].s != "dans" || t[next+1].s != "un" && t[next+1].s != "une" {
		return false
	}
	k := next + 2
	if t[k].s == "petit" || t[k].s == "petite" {
		k++
	}
	if k >= len(t) || t[k].clause != t[next].clause {
		return false
	}
	switch t[k].s {
	case "village", "bourg", "hameau", "ville", "patelin", "bled":
		return true
	}
	return false
}

// siteOfTown reports « le port du Havre », « au château de Versailles »,
// « à l'aéroport de Nice »: a work site named after its town is where the
// visitor works (asked for the home), unless a home verb comes before it.
func (a *analyser) siteOfTown(i int) bool {
	t := a.toks
	k := i
	if (t[k].s == "le" || t[k].s == "la" || t[k].s == "l") && k+1 < len(t) {
		k++
	}
	if workSites[t[k].s] && k+1 < len(t) && t[k+1].clause == t[i].clause && (t[k+1].s == "de" || t[k+1].s == "du" || t[k+1].s == "d") {
		return true // the site itself (« le port du Havre » is not Le Port of La Réunion)
	}
	if i < 2 || t[i-1].clause != t[i].clause || t[i-2].clause != t[i].clause {
		return false
	}
	switch t[i-1].s {
	case "de", "du", "d":
	default:
		return false
	}
	if !workSites[t[i-2].s] {
		return false
	}
	for j := i - 3; j >= 0 && j >= i-6 && t[j].clause == t[i].clause; j-- {
		if homeVerbs[t[j].s] || t[j].s == "pres" || t[j].s == "cote" {
			return false // « j'habite près du port de Sète »
		}
	}
	return true
}

var workSites = map[string]bool{"port": true, "chateau": true, "aeroport": true, "gare": true, "centrale": true, "arsenal": true,
	"chantiers": true, "raffinerie": true, "acierie": true, "mine": true, "base": true,
	// « Région Occitanie, siège de Montpellier »: the head office of an employer (issue 13)
	"siege": true}

// pastTenseAge reports « il avait 40 ans », « j'avais 18 ans »: an age of
// the past, someone's at a time told, not the visitor's of now.
func (a *analyser) pastTenseAge(i int) bool {
	if i < 1 || a.toks[i-1].clause != a.toks[i].clause {
		return false
	}
	switch a.toks[i-1].s {
	case "avait", "avais", "avions", "aviez", "avaient":
		return true
	}
	return false
}

// arrondissementAfter reports « lyon 7e », « marseille 13eme », « paris
// 15 »: the three communes with arrondissements followed by one's number,
// which says the word is the town even typed in lower case.
func (a *analyser) arrondissementAfter(i, n int, homs []geo.Commune) bool {
	t := a.toks
	j := i + n
	if j >= len(t) || t[j].clause != t[i].clause || !t[j].num || len(homs) == 0 {
		return false
	}
	v, k := leadingInt(t[j].s)
	switch suf := t[j].s[k:]; suf {
	case "", "e", "eme", "er", "ieme":
	default:
		return false
	}
	switch homs[0].Dep {
	case "75":
		return homs[0].Name == "Paris" && v >= 1 && v <= 20
	case "69":
		return homs[0].Name == "Lyon" && v >= 1 && v <= 9
	case "13":
		return homs[0].Name == "Marseille" && v >= 1 && v <= 16
	}
	return false
}

// notBeenRenewed reports « n'a pas été renouvelée », « n'a jamais été
// renouvelée » at the participle j: a recognition that has lapsed.
func notBeenRenewed(t []token, j int) bool {
	return j >= 2 && t[j-1].s == "ete" && (t[j-2].s == "pas" || t[j-2].s == "jamais" || t[j-2].s == "plus")
}

// dropBetween sets aside « entre Lens et Lille », « je vis entre Paris et
// Lyon » when the two places are in different départements: the visitor
// commutes or lives in both, and which one is the home is asked. Filtered
// in place: no allocation.
func (a *analyser) dropBetween(cs []placeCand) []placeCand {
	t := a.toks
	for x, c := range cs {
		if c.pos < 1 || t[c.pos-1].s != "entre" || t[c.pos-1].clause != t[c.pos].clause {
			continue
		}
		for y := x + 1; y < len(cs); y++ {
			d := cs[y]
			if d.pos-c.pos > 6 || t[d.pos-1].s != "et" || t[d.pos].clause != t[c.pos].clause {
				continue
			}
			if cd, dd := candDep(c), candDep(d); cd != "" && cd == dd {
				break
			}
			out := cs[:0]
			for z, e := range cs {
				if z != x && z != y {
					out = append(out, e)
				}
			}
			return out
		}
	}
	return cs
}

// candDep is the département of a candidate when it is certain.
func candDep(c placeCand) string {
	if c.dep != "" {
		return c.dep
	}
	if len(c.homs) > 0 && sameDep(c.homs) {
		return c.homs[0].Dep
	}
	return ""
}

// cameFrom reports « je viens de Lille », « arrivée de Lyon en mars »: where
// the visitor comes from is an origin or a former home, not surely the home
// of now (asked unless another place is said).
func (a *analyser) cameFrom(i int) bool {
	t := a.toks
	if i < 2 || t[i-2].clause != t[i].clause {
		return false
	}
	switch t[i-1].s {
	case "de", "d", "du":
	default:
		return false
	}
	switch t[i-2].s {
	case "viens", "vient", "venons", "venu", "venue", "venus", "arrive", "arrivee", "arrives", "arrivees", "debarque", "debarquee":
		return true
	case "reviens", "revient", "revenons", "revenu", "revenue", "revenus", "rentre", "rentree", "rentres", "rentrees", "rentrons":
		// « je suis rentré du Canada », « je reviens de Belgique »: the
		// place left, not the home (issue 13, persona p24c: the visitor
		// back in France was given the contacts for abroad)
		return true
	}
	return false
}
