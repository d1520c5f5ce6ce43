package analysis

import (
	"strings"
	"sync"
)

// Round 20I of issue 13 — family: a job title that is usually a cadre's,
// the cadre status not said. « Ingénieur R&D chez Renault, 45 ans » is a
// private employee whose cadre fact is unknown; the decision table reads an
// unknown cadre as « no » (cep-domain.md §1.3, rows 6–8), so the route was
// the regional operator — a guess, wrong whenever the writer is a cadre
// (row 6: Apec). The dialogue asks the cadre question anyway; the analysis
// now says so (DoubtCadre) and the routing waits for the answer instead of
// guessing, as it does for the sector (maybePublicAgent).
//
// Which titles are a cadre's. The lexicon follows three conventions that
// agree on these titles:
//   - the classifications of the conventions collectives, whose « Ingénieurs
//     et cadres » categories (e.g. Syntec, métallurgie — the CCN of 7
//     février 2022 groups F to I —, banque, chimie) hold the engineers, the
//     heads of a unit (directeur d'agence, d'usine, de site), the heads of a
//     project, the managers and the legal and finance experts employed;
//   - the INSEE nomenclature of occupations, PCS 2003 groups 37
//     « cadres administratifs et commerciaux d'entreprise » and 38
//     « ingénieurs et cadres techniques d'entreprise » (PCS 2020: group 3,
//     « cadres et professions intellectuelles supérieures »), where
//     contrôleur de gestion, juriste, consultant, chargé d'affaires,
//     responsable (logistique, RH, achats…) and ingénieur sit; pharmacien
//     and architecte salariés are in group 3 too (31 salariés);
//   - Apec's definition of a cadre: an employee affiliated as a cadre
//     (ANI of 17 November 2017 on the cadres' status: expertise, autonomy,
//     responsibility), the employees that Apec serves (RUF 2024, row 6).
// « Manager » alone is left out: the word names a team leader of any rank
// (« manager de rayon », « team manager » in a call centre are agents de
// maîtrise), and in the tuning sets no message with it alone is labelled
// Apec (0 of 6 where the route changed). None of them makes every holder a cadre (a small firm may employ an
// engineer as a technicien, a « manager de rayon » is an agent de maîtrise),
// hence a question and not a fact.
//
// What the doubt is not raised for: a cadre fact already read (« cadre »,
// « non cadre », « pas cadre », « statut employé », « agent de maîtrise »,
// « ETAM »); a rank below cadre said (« technicien », « ouvrier »,
// « agent de maîtrise », « employé(e) » as one's rank); a title wished
// (« je voudrais devenir juriste »), offered, denied or a relative's, or
// named with a determiner of somebody else (« mon manager », « du
// manager »); a title in the name of a degree, course or exam (« titre
// d'ingénieur », « concours d'ingénieur territorial »); the salariés portés
// (cep-domain.md §1.3 row 8 names portage salarial among the non-cadres of
// the regional operator, and the labels follow it).

// cadreTitlesR20i are the titles, normalised, as token sequences; an
// element "a|b" is an alternative. The first element is the title word.
var cadreTitlesR20i = [][]string{
	{"ingenieur|ingenieure|ingenieurs|ingenieures|inge"},
	{"directeur|directrice", "d|de|du", "agence|usine|site|magasin|etablissement|production|projet|projets|programme|programmes|clientele|exploitation|travaux|achats|communication|developpement|agences|region|secteur"},
	{"directeur|directrice", "d|de", "une|un|la|l", "agence|usine|site|magasin|filiale|succursale"},
	{"chef|cheffe", "de", "projet|projets|produit|mission"},
	{"responsable", "logistique|rh|marketing|financier|financiere|juridique|achats|qualite|export|comptable|informatique|commercial|commerciale|administratif|administrative"},
	{"responsable", "d|de|du|des", "agence|production|site|achats|ressources|communication|exploitation|usine|programme"},
	{"controleur|controleuse", "de", "gestion"},
	{"juriste"},
	{"consultant|consultante"},
	{"charge|chargee", "d", "affaires"},
	{"pharmacien|pharmacienne|architecte|avocat|avocate|notaire", "salarie|salariee"},
	{"auditeur|auditrice"},
}

// belowCadreR20i are ranks below the cadres' (the CCN categories ouvriers,
// employés, techniciens et agents de maîtrise): said anywhere, they settle
// that the writer is not a cadre (or is asked by other rules), no doubt.
var belowCadreR20i = map[string]bool{"technicien": true, "technicienne": true, "techniciens": true, "etam": true,
	"ouvrier": true, "ouvriere": true, "maitrise": true}

// titleOtherR20i: a determiner before the title names somebody else's
// (« mon manager », « du consultant », « un ingénieur m'a dit »).
var titleOtherR20i = map[string]bool{"mon": true, "ma": true, "mes": true, "son": true, "sa": true, "ses": true, "notre": true,
	"nos": true, "votre": true, "vos": true, "leur": true, "leurs": true, "du": true, "au": true, "aux": true, "le": true,
	"la": true, "les": true, "des": true, "un": true, "une": true, "ce": true, "cette": true, "l": true,
	"a": true, "an": true, "the": true, "my": true, "our": true, "his": true, "her": true}

// A title inside the name of a degree, a course or an exam (« titre
// d'ingénieur », « diplôme de pharmacien », « école d'ingénieurs ») is a
// plan, not a post: the words of round 20H's cadreCourseR20h, which reads
// « cadre » the same way.

// cadreTitleR20i reports a cadre-likely title that is the writer's own
// (or the relative's the message is about), current or past.
func (a *analyser) cadreTitleR20i() bool {
	t := a.toks
	for j := range t {
		if belowCadreFilterR20i.may(t[j].s) && belowCadreR20i[t[j].s] || t[j].s == "portage" || t[j].s == "porte" || t[j].s == "portee" {
			return false
		}
		if (t[j].s == "employe" || t[j].s == "employee") && j > 0 {
			switch t[j-1].s {
			case "suis", "etais", "comme", "qu", "que", "statut":
				return false // « je suis employé(e) » as one's rank
			}
		}
	}
	found := false
	for i := range t {
		end := a.titleAtR20i(i)
		if end == 0 {
			continue
		}
		if i > 0 && t[i-1].clause == t[i].clause && (titleOtherR20i[t[i-1].s] || cadreCourseR20h[t[i-1].s] ||
			(t[i-1].s == "d" || t[i-1].s == "de") && i > 1 && cadreCourseR20h[t[i-2].s]) {
			continue
		}
		h := hit{p: cadreTitleProbeR20i, start: i, end: end}
		if a.wished(h) || a.offeredPost(h) || a.negated(h) || a.ofRelative(h) {
			continue
		}
		found = true
	}
	return found
}

// cadreTitleProbeR20i lets the grammar of the cadre fact (wished, negated,
// of a relative) read a title as it reads the word « cadre ».
var cadreTitleProbeR20i = &pattern{k: kCadre, v: "1"}

// titleAtR20i returns the end of a title starting at token i, 0 if none.
// It runs for every token of every message: the titles are looked up by
// their first word (cadreTitleIndexR20i), not tried one by one.
func (a *analyser) titleAtR20i(i int) int {
	t := a.toks
	if !a.is(i, clsCadreTitleFirstsR20i) {
		return 0 // the first word of no title: the index has nothing for it
	}
	for _, title := range cadreTitleIndexR20i()[t[i].s] {
		j := i + 1
		ok := true
		for _, alt := range title[1:] {
			if j >= len(t) || t[j].clause != t[i].clause || !alt[t[j].s] {
				ok = false
				break
			}
			j++
		}
		if ok {
			return j
		}
	}
	return 0
}

// cadreTitleFirstsR20i holds the keys of cadreTitleIndexR20i, for their
// token class (titleAtR20i); buildLexicon fills it.
var cadreTitleFirstsR20i = map[string]bool{}

// cadreTitleIndexR20i maps each first word of cadreTitlesR20i to its
// titles, each element an alternative's set of words, in the list's order.
var cadreTitleIndexR20i = sync.OnceValue(func() map[string][][]map[string]bool {
	idx := map[string][][]map[string]bool{}
	for _, title := range cadreTitlesR20i {
		sets := make([]map[string]bool, len(title))
		for k, alt := range title {
			sets[k] = map[string]bool{}
			for _, w := range strings.Split(alt, "|") {
				sets[k][w] = true
			}
		}
		for w := range sets[0] {
			idx[w] = append(idx[w], sets)
		}
	}
	return idx
})

// cadreDecidesRoute reports facts whose route waits on an unknown cadre:
// a private employee or a job seeker (or a status still to be asked), 26
// or more or of unknown age (rows 3–4 do not ask the cadre of the young).
func cadreDecidesRoute(f *Facts) bool {
	if f.Cadre != nil || f.Age > 0 && f.Age < 26 {
		return false
	}
	switch f.Status {
	case "", "salarie_prive", "demandeur_emploi":
		return true
	}
	return false
}

// doubtCadreR20i sets DoubtCadre when a cadre-likely title is the writer's,
// the cadre fact is unknown, and the route depends on it: a private
// employee or a job seeker (or a status still to be asked), 26 or more or
// of unknown age (rows 3–4 do not ask the cadre of the young).
func (a *analyser) doubtCadreR20i(f *Facts) {
	if !cadreDecidesRoute(f) {
		return
	}
	if a.cadreTitleR20i() {
		f.Doubts |= DoubtCadre
	}
}
