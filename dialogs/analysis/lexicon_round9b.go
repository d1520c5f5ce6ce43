package analysis

import (
	"time"

	"github.com/cep-accueil/cepbot/dialogs/geo"
)

// Round 9B of issue 13 (tuning38–39): where the visitor lives (origins,
// moves to come, adverbs, provinces, SMS lists, compound names, towns in
// lower case after a verb of living), ages (to come, approximate, of
// relatives, dates of birth), cadre positions over, and disability
// recognitions pending, refused, lapsed, denied or held by the staff of an
// ESAT.

// provinceNames are the names of historical provinces and natural regions
// (« pays ») that visitors give for where they live and that lie in one
// département only, with the département's code (INSEE Code officiel
// géographique; extents from the IGN/Wikipedia articles « Pays basque
// français », « Béarn », « Périgord », « Cotentin », « Pays de Caux »,
// « Médoc », « Pays bigouden », « Chablais », « Maurienne », « Pays de
// Gex », « Sundgau », « Bigorre », « Pays catalan », « Balagne »).
// Provinces that straddle départements (Bretagne, Berry, Quercy, Pays
// d'Auge, Camargue, Luberon) are left out: the home is then asked, and so
// are names that are also a commune elsewhere (Roussillon is a town of the
// Isère, Tarentaise a village of the Loire). Town nicknames of the press
// (« Paname », « la Ville rose ») name one town.
var provinceNames = map[string]string{"pays basque": "64", "pays basque francais": "64", "bearn": "64",
	"perigord": "24", "cotentin": "50", "pays de caux": "76", "medoc": "33", "bassin d arcachon": "33",
	"pays bigouden": "29", "chablais": "74", "maurienne": "73", "pays de gex": "01",
	"sundgau": "68", "bigorre": "65", "pays catalan": "66", "balagne": "2B", "cap corse": "2B",
	"paname": "75", "ville rose": "31", "cite phoceenne": "13"}

// Province names join the aliases of place.go (read once, at start).
func init() {
	for k, v := range provinceNames {
		placeAliases[k] = v
	}
}

// originPlace reports a place the visitor comes from or was born in, not
// where they live: « originaire de Lille », « natif de Brest », « né à
// Nantes », « née en 1990 à Lille », « j'ai grandi à Metz ». Like a place
// left (formerHome), it is not the home; alone, the home is asked.
func (a *analyser) originPlace(i int) bool {
	t := a.toks
	if i < 2 || t[i-1].clause != t[i].clause {
		return false
	}
	switch t[i-1].s {
	case "de", "d", "du", "des":
		switch t[i-2].s {
		case "originaire", "originaires", "natif", "native", "natifs", "natives":
			return true
		}
	case "a", "au", "aux", "en":
		for j := i - 2; j >= 0 && j >= i-7 && t[j].clause == t[i].clause; j-- {
			switch t[j].s {
			case "ne", "nee", "nes", "nees", "grandi", "grandie", "grandis":
				return true
			}
			// only a date between (« née le 3 mars 1985 à »)
			if !t[j].num && !months[t[j].s] && t[j].s != "en" && t[j].s != "le" {
				return false
			}
		}
	}
	return false
}

// homeAdverbs between a verb of living and its place do not weaken the cue:
// « j'habite aujourd'hui à Nantes », « je vis maintenant à Caen ».
var homeAdverbs = map[string]bool{"aujourd": true, "hui": true, "maintenant": true, "actuellement": true, "desormais": true,
	"toujours": true, "encore": true, "dorenavant": true, "aussi": true}

// recognitionWords are the disability words that name a recognition or an
// allowance granted by a body (CDAPH, CPAM): RQTH, invalidité, AAH (code du
// travail L5212-13 1°, 3°, 10°; code de la sécurité sociale L341-1).
var recognitionWords = map[string]bool{"rqth": true, "mdph": true, "reconnaissance": true, "boeth": true, "invalidite": true,
	"aah": true, "pension": true}

// pendingAfter and refusedAfter, a few words after a recognition word, say
// it is not granted now: asked for, refused or lapsed (« ma RQTH est en
// cours d'instruction », « invalidité refusée par la CPAM », « AAH
// suspendue »).
var pendingAfter = map[string]bool{"instruction": true, "attente": true, "examen": true, "traitement": true}

var refusedAfter = map[string]bool{"refuse": true, "refusee": true, "refuses": true, "refusees": true, "rejete": true,
	"rejetee": true, "refus": true, "expire": true, "expiree": true, "perime": true, "perimee": true, "supprime": true,
	"supprimee": true, "suspendu": true, "suspendue": true, "retire": true, "retiree": true, "annule": true, "annulee": true,
	"caduque": true}

// endedAfter say a recognition is over only right after it or after its
// verb (« RQTH échue », « ma RQTH est terminée »), not in another phrase
// (« RQTH depuis que j'ai fini l'armée »).
var endedAfter = map[string]bool{"termine": true, "terminee": true, "fini": true, "finie": true, "echu": true, "echue": true}

// notGrantedYet completes notGranted (lexicon_round8.go) for the other
// recognition words and for the forms with a verb between (« est en cours
// d'instruction », « a été refusée », « ne l'ai pas renouvelée »); « en
// cours de validité » and « renouvelée jusqu'en 2030 » are granted.
func (a *analyser) notGrantedYet(h hit) bool {
	t := a.toks
	if h.p.v != "1" {
		return false
	}
	c := t[h.start].clause
	// « mon handicap n'est pas reconnu »: a disability without the
	// recognition that opens the obligation of employment (L5212-13)
	for j := h.end + 1; j < len(t) && j <= h.end+4 && t[j].clause == c; j++ {
		if s := t[j].s; (s == "reconnu" || s == "reconnue") && (t[j-1].s == "pas" || t[j-1].s == "plus" || t[j-1].s == "jamais") {
			return true
		}
	}
	if !recognitionWords[t[h.start].s] {
		return false
	}
	for j := h.end; j < len(t) && j <= h.end+5 && t[j].clause == c; j++ {
		s := t[j].s
		switch {
		case pendingAfter[s] || refusedAfter[s]:
			// (« ma RQTH expire le mois prochain »: in force until then)
			return !(s == "expire" && a.expiresLater(j))
		case s == "fin" && t[j-1].s == "pris": // « ma RQTH a pris fin »
			return true
		case endedAfter[s]:
			if p := t[j-1].s; j == h.end || p == "est" || p == "a" || p == "ete" || p == "s" {
				return true
			}
		case s == "cours":
			// (« pension d'invalidité en cours de versement »: paid, so
			// granted — round 18S)
			return !(j+2 < len(t) && (t[j+2].s == "validite" || t[j+2].s == "versement" || t[j+2].s == "paiement"))
		case s == "renouvele" || s == "renouvelee":
			return t[j-1].s == "pas" || t[j-1].s == "non" || t[j-1].s == "jamais" || notBeenRenewed(t, j)
		}
	}
	if a.notRenewed(h.end) {
		return true
	}
	// « refus d'invalidité », « demande d'AAH », « je vais demander la
	// RQTH », « que je fasse une RQTH », « j'ai droit à la RQTH », « j'ai
	// perdu mon AAH » (the RQTH forms of the past are in notGranted)
	for j := h.start - 1; j >= 0 && j >= h.start-4 && t[j].clause == c; j-- {
		switch s := t[j].s; {
		case askedBefore[s]:
			// « elle vient d'obtenir la RQTH »: granted (rounds 17A, 17E),
			// but « je viens de demander la RQTH » is asked; « demandé la
			// RQTH, que j'ai obtenue » (round 17C)
			return !a.justObtained(j) && !((s == "demande" || s == "demandee") && a.grantedAfterAsk(h))
		case s == "avoir" && j > 0 && modalWords[t[j-1].s]: // « je pourrais avoir la RQTH »
			return true
		case !linkWords[s] && s != "pension" && s != "carte":
			return false
		}
	}
	return false
}

// askedBefore, before a recognition word, say it is asked for, to come,
// possible or lost, not held.
var askedBefore = map[string]bool{"refus": true, "demande": true, "demandee": true, "demander": true, "attente": true,
	"attends": true, "fasse": true, "faire": true, "obtenir": true, "droit": true, "perdu": true, "perdue": true}

var modalWords = map[string]bool{"pourrais": true, "pourrai": true, "devrais": true, "vais": true, "voudrais": true,
	"aimerais": true, "peux": true, "veux": true}

// recognitionDenied reports « je ne suis pas (reconnu) travailleur
// handicapé »: the negation before the words of the status, which the
// general negation (negated) does not look through.
func (a *analyser) recognitionDenied(h hit) bool {
	t := a.toks
	c := t[h.start].clause
	for j := h.start - 1; j >= 0 && j >= h.start-5 && t[j].clause == c; j-- {
		switch s := t[j].s; {
		case s == "pas" || s == "jamais" || s == "non":
			return true
		case !negFillers[s] && s != "travailleur" && s != "travailleuse" && s != "ne" && s != "n":
			return false
		}
	}
	return false
}

// esatStaff reports « ESAT » said by its staff: « moniteur d'atelier en
// ESAT », « éducatrice dans un ESAT » work there without a disability (the
// workers of an ESAT are disabled, code de l'action sociale L344-2).
func (a *analyser) esatStaff(h hit) bool {
	if !a.esatWord(h) {
		return false
	}
	return a.staffWordNear(h)
}

// staffWordNear reports a staff word (moniteur, éducateur…) in the hit's
// clause, up to six words before it or two after (« je travaille dans un
// ESAT comme moniteur »).
func (a *analyser) staffWordNear(h hit) bool {
	t := a.toks
	c := t[h.start].clause
	for j := h.start - 1; j >= 0 && j >= h.start-6 && t[j].clause == c; j-- {
		if esatStaffWords[t[j].s] {
			return true
		}
	}
	for j := h.end; j < len(t) && j <= h.end+2 && t[j].clause == c; j++ {
		if esatStaffWords[t[j].s] {
			return true
		}
	}
	return false
}

var esatStaffWords = map[string]bool{"moniteur": true, "monitrice": true, "educateur": true, "educatrice": true, "encadrant": true,
	"encadrante": true, "directeur": true, "directrice": true, "psychologue": true, "infirmier": true, "infirmiere": true,
	"secretaire": true, "comptable": true, "chef": true, "cheffe": true}

// workAccidentPension reports the pension (« rente ») paid for a work
// accident or an occupational disease: its holders are beneficiaries of
// the employment obligation (code du travail L5212-13 2°, incapacity of 10 %
// or more, the rate from which a rente is paid, code de la sécurité sociale
// L434-2, R434-1) — « accident du travail reconnu, j'ai une rente ».
func (a *analyser) workAccidentPension() bool {
	t := a.toks
	rente, accident := false, false
	for i := range t {
		switch t[i].s {
		case "rente", "rentes":
			// a relative's rente counts as the status words do: when the
			// message is about the relative (round 15A, ofRelative)
			if a.ofRelative(hit{start: i, end: i + 1}) || noneBefore(t, i) {
				continue // « pas de rente », « sans rente », « aucune rente »
			}
			rente = true
			// « rente AT », « rente d'AT/MP »: the accident by its initials,
			// as the CPAM writes it, right after the word only (« at » is
			// English elsewhere)
			for j := i + 1; j < len(t) && j <= i+2; j++ {
				if t[j].s == "at" || t[j].s == "atmp" {
					accident = true
				}
				if t[j].s != "d" && t[j].s != "de" {
					break
				}
			}
		case "accident", "accidents":
			// round 17G: the same accident told otherwise — « accident du
			// taf / du boulot » (spoken French), « accident professionnel »
			// (CSS L411-1 calls it « accident du travail », the CPAM forms
			// « accident professionnel »)
			accident = accident || i+2 < len(t) && (t[i+1].s == "du" || t[i+1].s == "de") && accidentWorkNouns[t[i+2].s] ||
				i+1 < len(t) && (t[i+1].s == "professionnel" || t[i+1].s == "pro")
		case "maladie", "maladies":
			// « maladie pro » is the spoken clipping (round 17G)
			accident = accident || i+1 < len(t) && (t[i+1].s == "professionnelle" || t[i+1].s == "pro")
		}
	}
	return rente && accident
}

// accidentWorkNouns name work in « accident du travail » and its spoken forms.
var accidentWorkNouns = map[string]bool{"travail": true, "taf": true, "boulot": true}

// approxWords before « N ans » make it approximate (« environ 40 ans »):
// like a decade (age.go), asked, since the rows 3–4 boundary (26) needs the
// exact age.
var approxWords = map[string]bool{"environ": true, "approximativement": true}

// almostWords before « N ans » say the age is not reached yet (« bientôt 30
// ans », « presque 26 ans »): the age of now is N − 1.
var almostWords = map[string]bool{"bientot": true, "presque": true, "quasiment": true, "pratiquement": true, "quasi": true}

// ageToCome reports the writer's age to come at the number i, said in the
// first person: « j'ai bientôt 30 ans », « presque 26 ans » opening its
// clause, « je vais avoir 26 ans », « j'aurai 30 ans en mai ».
func (a *analyser) ageToCome(i int) bool {
	t := a.toks
	if i < 1 || t[i-1].clause != t[i].clause {
		return false
	}
	first := func(j int) bool { // j opens the clause, or is « j'ai » / « je vais »
		return j < 0 || t[j].clause != t[i].clause
	}
	switch p := t[i-1].s; {
	case almostWords[p]:
		return first(i-2) || i >= 3 && t[i-2].s == "ai" && t[i-3].s == "j"
	case p == "aurai":
		return !a.laterInClause(i)
	case p == "avoir":
		return i >= 3 && t[i-2].s == "vais" && t[i-3].s == "je" && !a.laterInClause(i)
	}
	return false
}

// laterInClause reports, in the clause of the age at i, a time further
// than the next birthday (« dans 2 ans j'aurai 60 ans », « j'aurai 30 ans
// en 2028 », « d'ici 3 ans »): the age of now is not the one before.
// A number of years of 2 or more is one (« dans 1 an » is not).
func (a *analyser) laterInClause(i int) bool {
	t := a.toks
	c := t[i].clause
	for k := range t {
		if t[k].clause != c || k == i {
			continue
		}
		if (t[k].s == "dans" || t[k].s == "ici") && k+2 < len(t) && t[k+1].num && t[k+2].s == "ans" && t[k+1].s != "1" {
			return true // (« dans un mois », « dans un an » still name the next birthday)
		}
		if v, n := leadingInt(t[k].s); t[k].num && n == 4 && v > a.now.Year() {
			return true
		}
	}
	return false
}

// bareAfterMoi reports « moi 24 » ending its clause after a relative's age
// with its unit (« ma mère a 50 ans, moi 24 »): the unit is said once for
// both, and « moi » makes the number the writer's.
func (a *analyser) bareAfterMoi(i int) bool {
	t := a.toks
	if i < 1 || t[i-1].s != "moi" || t[i-1].clause != t[i].clause || i+1 < len(t) && t[i+1].clause == t[i].clause {
		return false
	}
	for j := i - 2; j >= 0; j-- {
		if t[j].s == "ans" && j > 0 && t[j-1].num && a.relativeAgeForm(j-1) {
			return true
		}
	}
	return false
}

// bornAgo reports « né(e) … il y a N ans » with the place of birth between
// (« je suis né à Marseille il y a 40 ans »); i is the number.
func (a *analyser) bornAgo(i int) bool {
	t := a.toks
	for j := i - 4; j >= 0 && j >= i-8 && t[j].clause == t[i].clause; j-- {
		if t[j].s == "ne" || t[j].s == "nee" {
			return true
		}
	}
	return false
}

// noneBefore reports « pas de », « plus de », « sans », « aucune » right
// before the word at i.
func noneBefore(t []token, i int) bool {
	if i > 0 && (t[i-1].s == "sans" || t[i-1].s == "aucune" || t[i-1].s == "aucun" || t[i-1].s == "pas") {
		return true
	}
	return i > 1 && (t[i-1].s == "de" || t[i-1].s == "d") && (t[i-2].s == "pas" || t[i-2].s == "plus" || t[i-2].s == "jamais")
}

// notRenewed reports « … mais je ne l'ai pas renouvelée » in the clause
// after a recognition word ending at end: the pronoun takes the
// recognition up, which has lapsed.
func (a *analyser) notRenewed(end int) bool {
	t := a.toks
	pronoun := false
	for j := end; j < len(t) && j <= end+8; j++ {
		switch t[j].s {
		case "l":
			pronoun = true
		case "renouvele", "renouvelee":
			return pronoun && (t[j-1].s == "pas" || t[j-1].s == "jamais")
		}
	}
	return false
}

// bornDateAt returns the index of the « en » or « le » that opens a date
// of birth after « né », « née », « né(e) » at i, or 0.
func (a *analyser) bornDateAt(i int) int {
	t := a.toks
	switch t[i].s {
	case "ne", "nee", "nes", "nees":
	case "suis":
		return a.suisDeYear(i) // « je suis de 2004 » (round 18N)
	default:
		return 0
	}
	j := i + 1
	if j < len(t) && t[j].s == "e" && t[i].after == '(' {
		j++ // « né(e) en 1982 »
	}
	if j < len(t) && (t[j].s == "en" || t[j].s == "le") {
		return j
	}
	return a.bornPlaceThenYear(j) // « né à Cayenne en 2003 »
}

// shortYear reads a year typed with two digits: the latest past one.
func shortYear(v int, now time.Time) int {
	y := 1900 + v
	if y+100 <= now.Year() {
		y += 100
	}
	return y
}

// birthNumber reports a number at i that is part of a date of birth
// (« né en 82 », « née le 3/04/79 »): not a département.
func (a *analyser) birthNumber(i int) bool {
	t := a.toks
	for j := i - 1; j >= 0 && j >= i-5; j-- { // (« né(e) » may close a clause)
		if a.bornDateAt(j) > 0 {
			return true
		}
		if !t[j].num && !months[t[j].s] && t[j].s != "en" && t[j].s != "le" && t[j].s != "e" {
			return false
		}
	}
	return false
}

// joblessListed reports « 50 ans au chômage », « 45ans au rsa », « 45 ans
// chomage » as an item of a list typed on a phone (opening it, or after a
// town or « RQTH »): no one counts 16 years or more of unemployment that
// way, so the number is the writer's age (the weakest reading, as
// contractAfter's); never after a verb of time spent (« j'ai passé 20 ans
// au chômage »). Under 26 it stays unknown: « 20 ans au chômage » may be
// a duration, and the age decides the mission locale.
func (a *analyser) joblessListed(i, next, v int) bool {
	if v < 26 {
		return false
	}
	_, ok := a.joblessAfter(i, next)
	return ok && a.notTimeSpentBefore(i)
}

// joblessAfter finds « chômage » or « RSA », after an optional « au », at
// next in the clause of the number at i, and returns its index.
func (a *analyser) joblessAfter(i, next int) (int, bool) {
	t := a.toks
	if next >= len(t) || t[next].clause != t[i].clause {
		return 0, false
	}
	w := next
	if t[w].s == "au" && w+1 < len(t) && t[w+1].clause == t[w].clause {
		w++
	}
	if s := t[w].s; s != "chomage" && s != "rsa" {
		return 0, false
	}
	return w, true
}

// notTimeSpentBefore reports that the number at i opens its clause or
// follows no verb of time spent, no duration word and no start verb
// (« j'ai passé 20 ans au chômage » is a duration).
func (a *analyser) notTimeSpentBefore(i int) bool {
	t := a.toks
	if i == 0 || t[i-1].clause != t[i].clause {
		return true
	}
	p := t[i-1]
	return !p.num && !workedVerbs[p.s] && !durationBefore[p.s] && !startVerbs[p.s]
}

// beforeAgeItem reports an age item right after the word at i (« … marseille
// 45 ans … »): in a list typed on a phone the word before is an item too.
func (a *analyser) beforeAgeItem(i int) bool {
	t := a.toks
	j := i + 1
	if j >= len(t) || t[j].clause != t[i].clause || !t[j].num {
		return false
	}
	v, n := leadingInt(t[j].s)
	if v < 16 || v > 75 {
		return false
	}
	return t[j].s[n:] == "a" || t[j].s[n:] == "ans" || j+1 < len(t) && (t[j+1].s == "ans" || t[j+1].s == "a")
}

// longName reports a département or region name of several words typed in
// lower case (« bouches du rhone », « val d oise »): no everyday phrase,
// unlike « le grand est », so no cue is needed.
func (a *analyser) longName(n int, k []byte) bool {
	return n >= 2 && string(k) != "grand est"
}

// round9bSpecs are the phrases of round 9B.
var round9bSpecs = []patSpec{
	// « reconnue TH », « statut TH »: the abbreviation of travailleur
	// handicapé (code du travail L5213-1) after a word of recognition
	{p: "reconnu|reconnue|reconnus|reconnues|statut th", k: kHandicap, v: "1"},
	// « ancien cadre de la grande distribution »: the kNone « cadre de
	// la » (« dans le cadre de la ») hides a cadre named with its field
	{p: "ancien|ancienne|anciens|ex cadre|cadres", k: kCadre, v: "1"},
	// « je bénéficie de l'obligation d'emploi »: a BOETH (L5212-13)
	{p: "beneficie|beneficiaire|beneficiaires de|d l obligation d emploi", k: kHandicap, v: "1"},
}

// grantedWords after a recognition waited for say it came: « mon dossier
// MDPH est accepté », « dossier RQTH validé ».
var grantedWords = map[string]bool{"accepte": true, "acceptee": true, "accorde": true, "accordee": true, "valide": true,
	"validee": true, "obtenu": true, "obtenue": true}

// grantedAfter reports a grant word within four words after the hit h, in
// its clause.
func (a *analyser) grantedAfter(h hit) bool {
	t := a.toks
	for j := h.end; j < len(t) && j <= h.end+4 && t[j].clause == t[h.start].clause; j++ {
		if grantedWords[t[j].s] {
			return true
		}
	}
	return false
}

// cadreLeft reports a cadre position that is over: « cadre jusqu'en 2020 »
// (a year gone), « j'ai perdu mon statut cadre », « quitté mon poste de
// cadre ». Like « j'étais cadre », it is a former cadre: a job seeker
// still goes to the Apec (cep-domain.md §1.3 row 6), one who works again
// is asked.
func (a *analyser) cadreLeft(h hit) bool {
	t := a.toks
	c := t[h.start].clause
	switch t[h.start].s {
	case "ancien", "ancienne", "anciens", "ex": // the pattern of round9bSpecs
		return true
	}
	if j := h.end; j+2 < len(t) && t[j].s == "jusqu" && t[j+2].clause == c {
		if v, n := leadingInt(t[j+2].s); t[j+2].num && n == 4 && v < a.now.Year() {
			return true
		}
	}
	for j := h.start - 1; j >= 0 && j >= h.start-4 && t[j].clause == c; j-- {
		switch s := t[j].s; {
		case s == "perdu" || s == "quitte" || s == "quittee" || s == "abandonne" || s == "abandonnee":
			return true
		case !linkWords[s] && s != "statut" && s != "poste" && s != "job" && s != "emploi":
			return false
		}
	}
	return false
}

// moveVerbs are the verbs of moving house; said in the present or the
// future with their subject (« je déménage à Brest la semaine prochaine »,
// « je rentre en Martinique le mois prochain », « je vais m'installer à
// Pau »), the place is the home to come, not the one of now.
var moveVerbs = map[string]bool{"demenage": true, "demenager": true, "rentre": true, "rentrer": true, "installe": true,
	"installer": true, "emmenage": true, "emmenager": true, "pars": true, "partir": true, "repars": true, "repartir": true}

// moveSubjects before a verb of moving make the move one to come.
var moveSubjects = map[string]bool{"je": true, "j": true, "on": true, "nous": true, "vais": true, "va": true, "allons": true,
	"vont": true, "dois": true, "doit": true, "devons": true, "compte": true, "comptons": true, "veux": true, "voudrais": true,
	"aimerais": true, "souhaite": true, "pense": true, "prevois": true, "prevoyons": true,
	// « je reviens m'installer à Bordeaux »: a verb of coming before the
	// infinitive of moving (issue 13, persona q26a). Not « rentre »:
	// folded, it is also « je suis rentré m'installer », a move made.
	"reviens": true, "revenons": true}

// livingInfinitives and wishToLive: « je voudrais vivre à Angers », « je
// rêve d'habiter à Nantes », « partir vivre à Bordeaux » (persona pe5: the
// town wished was taken for the home and the agency chosen there).
var livingInfinitives = map[string]bool{"vivre": true, "habiter": true}

var wishToLive = map[string]bool{"reve": true, "revons": true, "revais": true, "aller": true, "partir": true, "repartir": true,
	"voudrais": true, "voudrions": true, "voudrait": true, "veux": true, "voulons": true, "aimerais": true, "aimerions": true,
	"aimerait": true, "souhaite": true, "souhaitons": true, "souhaiterais": true, "envie": true, "compte": true, "comptons": true,
	"vais": true, "allons": true, "projette": true, "projetons": true, "espere": true, "esperons": true}

// futureMove reports a place at i named as where the visitor is moving to.
func (a *analyser) futureMove(i int) bool {
	t := a.toks
	c := t[i].clause
	for j := i - 1; j >= 1 && j >= i-3 && t[j].clause == c; j-- {
		if a.is(j, clsLivingInfinitives) {
			// « je rêve de vivre à Nantes », « aller vivre à Nice »: the
			// infinitive of living after a wish or a going is a home to
			// come; after anything else (« j'ai choisi de vivre à Pau ») the
			// place keeps its reading.
			k := j - 1
			if t[k].s == "de" || t[k].s == "d" {
				k--
			}
			return k >= 0 && t[k].clause == c && wishToLive[t[k].s]
		}
		if !a.is(j, clsMoveVerbs) {
			continue
		}
		k := j - 1
		if t[k].s == "m" || t[k].s == "s" || t[k].s == "nous" && k > 0 && t[k-1].s == "nous" {
			k-- // « je m'installe », « on s'installe »
		}
		return k >= 0 && t[k].clause == c && moveSubjects[t[k].s]
	}
	return false
}

// depAfterAge reports a département number of two digits typed as the last
// item of a list, right after the age (« au chomage 40 ans 69 »).
func (a *analyser) depAfterAge(i int) bool {
	t := a.toks
	return len(t[i].s) == 2 && a.afterAgeItem(i) && (i+1 == len(t) || t[i+1].clause != t[i].clause)
}

// livingVerbs say that a place follows (« j'habite Tours », « je vis à
// Nice », « résidant à Vire »).
var livingVerbs = map[string]bool{"habite": true, "habitons": true, "habitez": true, "habitent": true, "vis": true, "vivons": true,
	"reside": true, "residons": true, "residant": true, "residante": true, "domicilie": true, "domiciliee": true}

// livesIn reports a commune of 5 000 inhabitants or more (not a hamlet
// that is also a word, « la campagne ») right after a verb of living, or
// after it and « à », « sur », « vers »: typed in lower case and also an
// everyday word (« tours », « nice », « vire »), it is still the home; a
// name of several words (« bar le duc », « saint lo ») after any place cue.
func (a *analyser) livesIn(i, n, pop int) bool {
	t := a.toks
	if pop < 2000 || i == 0 || t[i-1].clause != t[i].clause {
		return false
	}
	j := i - 1
	if p := t[j].s; p == "a" || p == "sur" || p == "vers" {
		if n >= 3 || n == 2 && saintWords[t[i].s] {
			return true
		}
		j--
	}
	return pop >= 5000 && j >= 0 && t[j].clause == t[i].clause && livingVerbs[t[j].s]
}

var saintWords = map[string]bool{"saint": true, "sainte": true, "st": true, "ste": true}

// compoundLinks join the parts of a compound place name (« Saint-Gilles-
// les-Bains », « Châlons-sur-Marne »).
var compoundLinks = map[string]bool{"les": true, "lez": true, "le": true, "la": true, "sur": true, "sous": true}

// compoundTail reports a capitalised word at i after a link word in lower
// case and another capitalised word (« Saint-Gilles-les-Bains »,
// « Châlons-sur-Marne »): the end of a compound name the lists do not hold
// (a locality, an old name), not a place of its own.
func (a *analyser) compoundTail(i int) bool {
	t := a.toks
	return i >= 2 && t[i].cap && compoundLinks[t[i-1].s] && !t[i-1].cap && t[i-2].cap && !t[i-2].num &&
		t[i-1].clause == t[i].clause && t[i-2].clause == t[i].clause
}

// lastAfterAge reports a commune name ending the message right after the
// age item (« licenciement eco 53 ans sedan », « 36 ans tours », « 45ans
// saint etienne »): the last item of a list typed on a phone is the town,
// even in lower case, a town of 5 000 inhabitants or more, a name of
// several words, or a town that is also a word — except Vienne, also a
// département.
func (a *analyser) lastAfterAge(i, n, pop int, isWord bool) bool {
	t := a.toks
	if i+n != len(t) || !a.afterAgeItem(i) || t[i].s == "vienne" || frenchWords[t[i].s] || pop < 5000 {
		return false
	}
	return n >= 2 || !isWord || townWords[t[i].s]
}

// numberInMessage reports a number anywhere in the message (an age, a
// postal code): the mark of a list typed on a phone.
func (a *analyser) numberInMessage() bool {
	for _, t := range a.toks {
		if t.num {
			return true
		}
	}
	return false
}

// longCommune reports a commune name of several words that is no everyday
// phrase: three words or more (« la roche sur yon »), or two that do not
// open with an article (« saint nazaire », not « la garde »).
func (a *analyser) longCommune(i, n int) bool {
	return n >= 3 || n == 2 && !articles[a.toks[i].s]
}

// depNamedAfter returns the index in homs of the homonym whose département
// is named right after the commune at j with « en » or « dans le »
// (« Vienne en Isère », « Saint-Pierre en Martinique », « Bagnols dans le
// Gard »); -1 otherwise.
func (a *analyser) depNamedAfter(j int, homs []geo.Commune) int {
	t := a.toks
	if j <= 0 || j+1 >= len(t) || t[j].clause != t[j-1].clause || t[j].s != "en" && t[j].s != "dans" {
		return -1
	}
	k := j + 1
	if t[j].s == "dans" && articles[t[k].s] {
		k++
	}
	if k >= len(t) || t[k].clause != t[j].clause {
		return -1
	}
	return a.homonymOfDepAt(k, homs, false)
}

// opensList reports a word at i opening its clause that holds an age item
// further on (« nancy au chomage 40 ans », « brest chomage 40a »): the
// first item of a list typed on a phone.
func (a *analyser) opensList(i int) bool {
	t := a.toks
	if i > 0 && t[i-1].clause == t[i].clause {
		return false
	}
	for j := i + 1; j < len(t) && t[j].clause == t[i].clause; j++ {
		if t[j].num && a.beforeAgeItem(j-1) {
			return true
		}
	}
	return false
}

// commonAfterArticle reports an everyday word in lower case after « au »,
// « du » (« docker au port », « le bord du blanc »): not the commune whose
// name holds the article (Le Port, Le Blanc), unless the place is asked for.
func (a *analyser) commonAfterArticle(i, n int, answer bool) bool {
	t := a.toks[i]
	// « j'habite au Tampon », « je vis au moule » typed in lower case: a
	// verb of living right before « au » says a town follows, as
	// livesIn does for « j'habite tours » (issue 13, persona p24c: « je
	// vis au tampon » lost the home, then asked for it)
	lives := i >= 2 && livingVerbs[a.toks[i-2].s] && a.toks[i-2].clause == t.clause && !a.nounOfR9b(i+n)
	return n == 1 && !answer && !t.cap && articleTownWords[t.s] && !lives
}

// articleTownWords are the communes named « Le|La <word> » whose word is an
// everyday noun (Le Port, Le Moule, Le Tampon, Le Marin, Le Diamant, Le
// Blanc, La Garde, La Flèche, La Madeleine, Le Pont-de-Claix read short).
var articleTownWords = map[string]bool{"port": true, "moule": true, "tampon": true, "marin": true, "diamant": true,
	"blanc": true, "garde": true, "fleche": true, "madeleine": true, "pont": true,
	// « chauffeur au parc auto du conseil départemental »: the car pool, not Le Parc (Manche)
	"parc": true}

// englishAge reports « I'm 34 », « I am 34 » typed in English (the
// Franglais of some visitors), the number ending its clause or followed by
// « years old » (read by age).
func (a *analyser) englishAge(i int) bool {
	t := a.toks
	if i+1 < len(t) && t[i+1].clause == t[i].clause {
		return false
	}
	switch {
	case i >= 2 && t[i-2].s == "i" && (t[i-1].s == "m" || t[i-1].s == "am"):
		return true
	case i >= 1 && t[i-1].s == "im":
		return true
	}
	return false
}

// nounOfR9b reports « de », « d' », « du » or « des » at j in the clause
// of the word before it: « au port de Marseille », « au pont de l'Arche »
// name a place by a noun, they are not Le Port or Le Pont.
func (a *analyser) nounOfR9b(j int) bool {
	t := a.toks
	if j <= 0 || j >= len(t) || t[j].clause != t[j-1].clause {
		return false
	}
	switch t[j].s {
	case "de", "d", "du", "des":
		return true
	}
	return false
}
