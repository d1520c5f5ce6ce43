package analysis

// Round 24B of issue 13 — family: the cadre status and the graduate fact
// (cep-domain.md §1.3 rows 3 and 6: Apec against the regional operator,
// France Travail or the mission locale), and the disability told in other
// words. Found by a gap search (scratch sets tuning136 and tuning137, 191
// messages written for the family before the analyser ran on them, half of
// them near misses), not by a hunt in the labelled sets. The routes found
// wrong, and why each reading is right:
//
//   - « Mon ancien patron était cadre chez nous, moi j'étais magasinier »:
//     « mon patron était cadre » is the boss's status (markRelatives reads
//     « mon patron » as another person of the workplace), but an adjective
//     of time between the possessive and the noun (« mon ancien chef »,
//     « ma nouvelle manager ») hid the person, so the boss's « cadre » was
//     the writer's and row 6 sent a magasinier to Apec (§4: « cadre » is a
//     fact of the person routed).
//   - « Assistante de direction pour un cadre dirigeant », « je suis
//     l'assistante d'un cadre », « je travaille auprès des cadres »:
//     « cadre » after a preposition and an article names the person served,
//     not the writer's status (« je suis cadre », « statut cadre », « je suis
//     un cadre » keep it).
//   - « je relève du collège cadres », « élu du collège employés »: the
//     electoral college of the staff elections (code du travail L2314-11:
//     « un collège des ouvriers et employés » and « un collège des
//     ingénieurs, chefs de service, techniciens, agents de maîtrise et
//     assimilés »), not a collège of the Éducation nationale: no agent public.
//   - « Sortie d'école de commerce l'an dernier, toujours sans emploi, 24
//     ans »: round 20F hides « sortie de l'école … l'an dernier » as a
//     school left long ago (no more « etudiant »), and with it the degree
//     the school gives (« école de commerce », « école d'ingénieurs »:
//     lexicon.go reads them as bac+3 or more); the degree stays held, so row
//     3 (Apec, young graduate) applies, as it does without the date.
//   - « DSCG », « DCG »: the diplôme supérieur de comptabilité et de
//     gestion (grade de master, bac+5) and the diplôme de comptabilité et
//     de gestion (grade de licence, bac+3) (code de commerce / décret
//     2012-432, art. 45 and 50), degrees of bac+3 or more as « licence » and
//     « master ».
//   - « niveau licence mais sans le diplôme », « un master non validé »: a
//     level reached, no degree held (degreeWithoutR24b).
//   - « Au RSA, 39 ans. Mon mari est cadre chez Peugeot »: a kin's cadre
//     told after the writer's own status is the kin's (relativesCadreR24b);
//     « je devrais être cadre … mais je ne le suis pas », « être cadre ne
//     m'intéresse pas » deny it (cadreDeniedR24b).
//   - Disability: « je ne suis pas moi-même handicapé », « pas concerné par
//     le handicap » are stated absences (§4: false when the message says
//     there is none); the encadrant of an entreprise adaptée is its staff,
//     as esatStaff reads an ESAT's moniteur; « handicapé du numérique » is
//     figurative, as round 13C reads « handicapé par mon manque de diplôme »;
//     « service handicap », « pôle handicap » name the writer's work; « mon
//     médecin parle d'invalidité » names no recognition held; « R.Q.T.H. »
//     typed with stops is the RQTH.
//   - A manager's « cadre » said before one of their staff is named (« Je
//     suis cadre … Un de nos chauffeurs, 52 ans, en CDI ») is not the
//     staff's (writersCadreForStaffR24b); « un de nos cadres » is.
//   - A graduate at work who seeks « un poste d'ingénieur » (a title of
//     round 20I) seeks a cadre job: row 6 (seeksCadreTitleR24b).
//
// Left as they are: « ingénieur », « au forfait jours » without « cadre »
// stay DoubtCadre (rounds 17D, 20I, 20Q ask); « cadre » with no employer
// (« je suis cadre en congé parental ») leaves the status asked (a cadre
// may be a fonctionnaire de catégorie A).

// round24bSpecs are the patterns of round 24B.
var round24bSpecs = []patSpec{
	{p: "dscg|dcg", k: kDiplome, v: "1"},
	// « un de nos cadres, 54 ans, en CDI »: the person a manager writes
	// about is one of the company's cadres (round 18R reads « un de nos
	// salariés » as that person; « nos cadres » alone stays hidden)
	{p: "un|une de|d nos|mes cadres", k: kCadre, v: "1"},
}

// timeAdjR24b are the adjectives of time that may stand between a
// possessive and a person of the workplace (« mon ancien chef »).
var timeAdjR24b = map[string]bool{"ancien": true, "ancienne": true, "nouveau": true, "nouvel": true, "nouvelle": true,
	"actuel": true, "actuelle": true, "futur": true, "future": true, "precedent": true, "precedente": true}

// workPersonAfterAdjR24b returns k+1 when toks[k] is an adjective of time
// followed by a person of the workplace (« mon ancien patron »), else k.
func (a *analyser) workPersonAfterAdjR24b(k int) int {
	if k+1 < len(a.toks) && timeAdjR24b[a.toks[k].s] && workPeople[a.toks[k+1].s] && a.toks[k+1].clause == a.toks[k].clause &&
		a.toks[k+1].s != "enfants" && a.toks[k+1].s != "parents" && a.toks[k+1].s != "n" {
		return k + 1
	}
	return k
}

// prepsR24b are the prepositions that make « un cadre » the person served.
var prepsR24b = map[string]bool{"pour": true, "d": true, "de": true, "aupres": true, "avec": true, "chez": true, "sous": true, "par": true, "entre": true}

// cadreServedR24b reports « cadre » after a preposition and an article
// (« pour un cadre dirigeant », « l'assistante d'un cadre », « auprès des
// cadres »): the person served, not the writer's status.
func (a *analyser) cadreServedR24b(h hit) bool {
	t := a.toks
	i := h.start
	if i < 2 || (t[i].s != "cadre" && t[i].s != "cadres") || t[i-1].clause != t[i].clause || t[i-2].clause != t[i].clause {
		return false
	}
	switch t[i-1].s {
	case "un", "une", "des", "les":
	default:
		return false
	}
	return prepsR24b[t[i-2].s]
}

// electoralCollegeR24b drops the school reading of « collège » when it
// names a college of the staff elections (« collège cadres », « collège
// employés »): no branch, no public sector.
func (a *analyser) electoralCollegeR24b() {
	t := a.toks
	kept := a.sc.hits[:0]
	for _, h := range a.sc.hits {
		if (h.p.k == kSector || h.p.k == kBranch) && (t[h.start].s == "college" || t[h.start].s == "colleges") && h.end == h.start+1 &&
			h.end < len(t) && t[h.end].clause == t[h.start].clause && staffCollegeR24b[t[h.end].s] {
			continue
		}
		kept = append(kept, h)
	}
	a.sc.hits = kept
}

// staffCollegeR24b are the words that name a college of the staff
// elections after « collège » (L2314-11).
var staffCollegeR24b = map[string]bool{"cadre": true, "cadres": true, "employe": true, "employes": true, "ouvrier": true, "ouvriers": true,
	"etam": true, "ic": true, "techniciens": true, "maitrise": true, "encadrement": true, "ingenieurs": true}

// leftDegreeSchoolR24b reports « sorti(e) d'école de commerce /
// d'ingénieurs / de management » or « d'une grande école » (a school whose
// diploma is a degree of bac+3 or more, lexicon.go), not negated: the
// degree held even when round 20F hides the words of leaving.
func (a *analyser) leftDegreeSchoolR24b() bool {
	t := a.toks
	for i := 0; i+3 < len(t); i++ {
		switch t[i].s {
		case "sorti", "sortie", "sortis", "sorties", "sors", "sort":
		default:
			continue
		}
		j := i + 1
		if t[j].s != "de" && t[j].s != "d" && t[j].s != "du" {
			continue
		}
		j++
		if t[j].s == "l" || t[j].s == "une" || t[j].s == "mon" || t[j].s == "ma" {
			j++
		}
		if j+2 >= len(t) || t[j].clause != t[i].clause || t[j+2].clause != t[i].clause {
			continue
		}
		school := t[j].s == "ecole" && (t[j+1].s == "de" || t[j+1].s == "d") &&
			(t[j+2].s == "commerce" || t[j+2].s == "ingenieur" || t[j+2].s == "ingenieurs" || t[j+2].s == "inge" || t[j+2].s == "management")
		if !school {
			continue
		}
		neg := false
		for k := j + 3; k < len(t) && t[k].clause == t[i].clause; k++ {
			if t[k].s == "sans" && k+1 < len(t) && (t[k+1].s == "diplome" || t[k+1].s == "le") {
				neg = true
			}
		}
		if !neg && (i == 0 || t[i-1].s != "pas" && t[i-1].s != "ne") {
			return true
		}
	}
	return false
}

// degreeWithoutR24b reports a degree word followed, in its clause, by the
// words that deny the diploma (« niveau licence mais sans le diplôme »,
// « un master non validé », « une licence sans l'avoir obtenue »): a level
// reached, no degree held, so no row 3 or 6 (Apec's young graduates are
// « diplômés », cep-domain.md §1.2).
func (a *analyser) degreeWithoutR24b(h hit) bool {
	t := a.toks
	c := t[h.start].clause
	for j := h.end; j < len(t) && j <= h.end+4 && t[j].clause == c; j++ {
		switch t[j].s {
		case "sans":
			for k := j + 1; k < len(t) && k <= j+3 && t[k].clause == c; k++ {
				switch t[k].s {
				case "diplome", "avoir", "valider", "obtenir", "validation":
					return true
				}
			}
		case "non", "pas", "jamais":
			if j+1 < len(t) && t[j+1].clause == c {
				switch t[j+1].s {
				case "valide", "validee", "validees", "obtenu", "obtenue", "diplome", "diplomee":
					return true
				}
			}
		}
	}
	return false
}

// relativesCadreR24b reports a « cadre » said only in a relative's words
// (« Au RSA, 39 ans. Mon mari est cadre chez Peugeot », « Vendeur en CDI.
// Mon frère est cadre à Paris ») while the status routed on is the
// writer's own, told before the relative is named: the relative's status, not the
// writer's (cep-domain.md §4: « cadre » is a fact of the person routed).
// markRelatives sets the writer apart only on a « moi »; without it, the
// relative's cadre became the writer's and row 6 sent a job seeker or a
// vendeur to Apec. « moi aussi », « pareil pour moi » keep it.
func (a *analyser) relativesCadreR24b(status string) bool {
	if a.forRel || status == "" || status == statusUndecided {
		return false
	}
	first := -1 // the first word of a relative's
	for j := range a.toks {
		if a.sc.rel[j] {
			first = j
			break
		}
	}
	cadre, own := false, false
	for _, h := range a.sc.hits {
		switch {
		case h.p.k == kCadre && h.p.v == "1":
			if !a.kinAtR24b(h.start) && !a.relSubjectR24b(h.start) {
				return false // a cadre word of the writer's own, or of a person written about
			}
			cadre = true
		case h.p.k == kStatus && h.p.v == status && h.p.w >= 3 && !h.p.event && !a.negated(h) && !a.sc.rel[h.start] && h.start < first:
			own = true // told before the relative is named (« Mme C., 39 ans, cadre… » is about Mme C.)
		}
	}
	if !cadre || !own {
		return false
	}
	for j, t := range a.toks {
		if t.s == "moi" && sameAsRelative(a.toks, j+1) {
			return false
		}
	}
	return true
}

// cadreDeniedR24b reports a « cadre » the writer says they are not, told
// after it (« je devrais être cadre vu mon poste mais je ne le suis pas »)
// or with « être cadre » as the subject of a denial (« être cadre ne
// m'intéresse pas »): a denial, as « pas cadre ».
func (a *analyser) cadreDeniedR24b(h hit) bool {
	t := a.toks
	i := h.start
	if t[i].s != "cadre" {
		return false
	}
	if i > 0 && t[i-1].s == "etre" && (i == 1 || t[i-2].clause != t[i].clause || sentenceEnd(t[i-2].after)) {
		for j := h.end; j < len(t) && j <= h.end+2; j++ {
			if t[j].s == "ne" || t[j].s == "n" {
				return true
			}
		}
	}
	for j := h.end; j+3 < len(t) && j <= h.end+12; j++ {
		if sentenceEnd(t[j-1].after) && j > h.end {
			break
		}
		// « je ne le suis pas », « je le suis pas »
		if t[j].s == "je" && (t[j+1].s == "ne" && t[j+2].s == "le" && j+4 < len(t) && t[j+3].s == "suis" && t[j+4].s == "pas" ||
			t[j+1].s == "le" && t[j+2].s == "suis" && t[j+3].s == "pas") {
			return true
		}
	}
	return false
}

// relSubjectR24b reports a relative's words earlier in the sentence of
// token i with no word of the writer (je, j', moi, me, m') between: « Ma
// sœur, elle, est cadre », where the asides cut the relative's span.
func (a *analyser) relSubjectR24b(i int) bool {
	t := a.toks
	for j := i - 1; j >= 0; j-- {
		if sentenceEnd(t[j].after) {
			return false
		}
		switch t[j].s {
		case "je", "j", "moi", "me", "m":
			return false
		}
		if a.sc.rel[j] && a.sc.relNoun[j] >= 0 {
			return a.kinAtR24b(j)
		}
	}
	return false
}

// kinAtR24b reports token i in the words of a kin or a friend of the
// writer's (« mon mari », « ma sœur », « mon père »): not a person written
// about (« une salariée d'un de nos clients », « Mme C. »), whose facts are
// the ones routed, nor a person of the workplace.
func (a *analyser) kinAtR24b(i int) bool {
	if !a.sc.rel[i] || a.sc.relNoun[i] < 0 {
		return false
	}
	return kinR24b[a.toks[a.sc.relNoun[i]].s]
}

var kinR24b = map[string]bool{"mari": true, "femme": true, "epouse": true, "epoux": true, "conjoint": true, "conjointe": true,
	"compagnon": true, "compagne": true, "concubin": true, "concubine": true, "copain": true, "copine": true, "ami": true, "amie": true,
	"frere": true, "soeur": true, "pere": true, "mere": true, "papa": true, "maman": true, "cousin": true, "cousine": true,
	"oncle": true, "tante": true, "beau": true, "belle": true, "fils": true, "fille": true, "parrain": true, "marraine": true}

// handicapDeniedR24b reports a disability word denied with words between
// the negation and it (« je ne suis pas moi-même handicapé », « pas
// concerné par le handicap », « non concernée par le handicap »): a
// stated absence (cep-domain.md §4: false when the message says there is
// none), which negated() reads only right before the word.
func (a *analyser) handicapDeniedR24b(h hit) bool {
	t := a.toks
	w := t[h.start].s
	if w != "handicap" && w != "handicape" && w != "handicapee" && w != "handicapes" && w != "handicapees" {
		return false
	}
	c := t[h.start].clause
	for j := h.start - 1; j >= 0 && j >= h.start-5 && t[j].clause == c; j-- {
		switch t[j].s {
		case "pas", "non", "nullement", "aucunement":
			return true
		case "moi", "meme", "personnellement", "concerne", "concernee", "concernes", "concernees", "par", "le", "du", "tout":
			continue
		}
		return false
	}
	return false
}

// eaStaffR24b reports « entreprise adaptée » named as the writer's
// workplace with a staff job (« je travaille dans une entreprise adaptée
// comme encadrant »): the staff of an entreprise adaptée are not its
// disabled workers (code du travail L5213-13: the EA employs at least 55 %
// of them, not only them), as esatStaff reads the ESAT's moniteurs.
func (a *analyser) eaStaffR24b(h hit) bool {
	t := a.toks
	if h.end-h.start != 2 || t[h.start].s != "entreprise" || t[h.start+1].s != "adaptee" {
		return false
	}
	return a.staffWordNear(h)
}

// figurativeHandicapR24b reports « handicapé du numérique », « handicapée
// de l'informatique »: a lack of skill, no disability (round 13C reads
// « handicapé par mon manque de diplôme » the same way).
func (a *analyser) figurativeHandicapR24b(h hit) bool {
	t := a.toks
	w := t[h.start].s
	if w != "handicape" && w != "handicapee" || h.end+1 >= len(t) || t[h.end+1].clause != t[h.start].clause {
		return false
	}
	k := h.end
	switch t[k].s {
	case "du":
		k++
	case "de":
		k++
		if k < len(t) && (t[k].s == "la" || t[k].s == "l") {
			k++
		}
	default:
		return false
	}
	if k >= len(t) {
		return false
	}
	switch t[k].s {
	case "numerique", "informatique", "ordinateur", "orthographe", "technologie", "technologies", "smartphone", "internet", "clavier":
		return true
	}
	return false
}

// staffStartR24b is where a manager's message names one of their staff
// (« un de nos chauffeurs », « une de mes assistantes », « une
// aide-soignante de mon équipe »), or -1.
func (a *analyser) staffStartR24b() int {
	t := a.toks
	for i := 0; i+2 < len(t); i++ {
		if (t[i].s == "un" || t[i].s == "une") && (t[i+1].s == "de" || t[i+1].s == "d") &&
			(t[i+2].s == "nos" || t[i+2].s == "mes") {
			return i
		}
		if (t[i].s == "de" || t[i].s == "d") && (t[i+1].s == "mon" || t[i+1].s == "ma" || t[i+1].s == "notre") &&
			(t[i+2].s == "equipe" || t[i+2].s == "service" || t[i+2].s == "atelier" || t[i+2].s == "unite") {
			for j := i - 1; j >= 0 && j >= i-4 && t[j].clause == t[i].clause; j-- {
				if t[j].s == "un" || t[j].s == "une" {
					return j
				}
			}
		}
	}
	return -1
}

// writersCadreForStaffR24b reports a cadre word of the writer's, said
// before one of their staff is named, in a message whose status is that
// person's, told after it and outside the writer's own clauses (« Je suis
// cadre dans une entreprise de transport. Un de nos chauffeurs, 52 ans, en
// CDI, voudrait se reconvertir »): the manager's status, not the person's
// (cep-domain.md §4; round 21I reads the same for a relative). A cadre
// word after the staff is named (« un de nos cadres, 54 ans ») is theirs.
func (a *analyser) writersCadreForStaffR24b(status string) bool {
	if status == "" || status == statusUndecided {
		return false
	}
	p := a.staffStartR24b()
	if p < 0 {
		return false
	}
	cadre, told := false, false
	for _, h := range a.sc.hits {
		switch {
		case h.p.k == kCadre && h.p.v == "1" && !a.wished(h):
			if h.start >= p {
				return false
			}
			cadre = true
		case h.p.k == kStatus && h.p.v == status && h.p.w >= 4 && !a.negated(h):
			if h.start < p {
				continue // the writer's own workplace (« cadre infirmier dans une clinique privée »)
			}
			if a.sc.writer[a.toks[h.start].clause] && !a.sc.rel[h.start] {
				return false
			}
			told = true
		}
	}
	return cadre && told
}

// seeksCadreTitleR24b reports a wish for a post whose title is usually a
// cadre's (« je cherche un poste d'ingénieur », « je voudrais évoluer vers
// un poste de cheffe de projet »; the titles of round 20I): with a degree
// of bac+3 or more, the graduate « looking for a cadre job » of
// cep-domain.md §1.3 row 6, as « je cherche un poste de cadre » already
// is (seeksCadreR20h). Routing reads it only for a graduate at work.
func (a *analyser) seeksCadreTitleR24b() bool {
	t := a.toks
	for i := range t {
		end := a.titleAtR20i(i)
		if end == 0 || i < 2 || t[i-1].clause != t[i].clause {
			continue
		}
		// the title names the post sought: « poste|emploi|job de … »
		post := (t[i-1].s == "d" || t[i-1].s == "de") && (t[i-2].s == "poste" || t[i-2].s == "emploi" || t[i-2].s == "job" || t[i-2].s == "cdi")
		if !post {
			continue
		}
		h := hit{p: cadreTitleProbeR20i, start: i, end: end}
		if !a.wished(h) || a.offeredPost(h) || a.negated(h) || a.postNegated(h) || a.ofRelative(h) || a.wishDeniedR20h(h) {
			continue
		}
		return true
	}
	return false
}

// handicapServiceR24b reports « handicap » naming a department or a job of
// the workplace (« je travaille au service handicap de la CAF », « pôle
// handicap », « correspondante handicap »): the writer's work, not their
// disability, as othersDisability reads « référente handicap ».
func (a *analyser) handicapServiceR24b(h hit) bool {
	t := a.toks
	if t[h.start].s != "handicap" || h.start == 0 || t[h.start-1].clause != t[h.start].clause {
		return false
	}
	switch t[h.start-1].s {
	case "service", "pole", "cellule", "mission", "departement", "correspondant", "correspondante", "referent", "referente", "responsable", "politique":
		return true
	}
	return false
}

// handicapTalkedOfR24b reports a disability word someone only talks of
// (« mon médecin parle d'invalidité mais rien n'est fait », « on m'a
// évoqué une RQTH »): no recognition held (§4: true only when stated).
func (a *analyser) handicapTalkedOfR24b(h hit) bool {
	t := a.toks
	c := t[h.start].clause
	for j := h.start - 1; j >= 0 && j >= h.start-4 && t[j].clause == c; j-- {
		switch t[j].s {
		case "parle", "parlent", "parlait", "evoque", "evoquent", "evoquait", "envisage", "envisagent", "suggere", "suggerent":
			return true
		}
	}
	return false
}

// rqthProbeR24b is the hit of « R.Q.T.H. » (dottedRqthR24b).
var rqthProbeR24b = &pattern{k: kHandicap, v: "1"}

// dottedRqthR24b adds the hit of « R.Q.T.H. » typed with stops: the
// tokenizer cuts it into four one-letter sentences, which no pattern (they
// stay within a clause) can read; it is the RQTH of lexicon.go
// (code du travail L5213-1).
func (a *analyser) dottedRqthR24b() {
	t := a.toks
	for i := 0; i+3 < len(t); i++ {
		if t[i].s == "r" && t[i+1].s == "q" && t[i+2].s == "t" && t[i+3].s == "h" {
			h := hit{p: rqthProbeR24b, start: i, end: i + 4}
			k := 0
			for k < len(a.sc.hits) && a.sc.hits[k].start <= i {
				k++
			}
			a.sc.hits = append(a.sc.hits, hit{})
			copy(a.sc.hits[k+1:], a.sc.hits[k:])
			a.sc.hits[k] = h
			return
		}
	}
}
