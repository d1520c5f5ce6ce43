package analysis

// Round 22O of issue 13 — family: young people (16–25, cep-domain.md §1.3
// rows 2–4) whose situation is told without the usual words: « je viens
// d'avoir mon bac », « en prépa ECG », « je cherche un stage », « conseiller
// CEJ »… Found by a systematic gap search (tuning124: 105 messages written
// for the family, a third of them near-misses: the teacher of a terminale,
// the conseillère of a mission locale, the former apprentice, the relative
// of a pupil), building on rounds 20Q, 20R and 21L, not redoing them. The
// age is never guessed from these words (§4: « jeune » without an age does
// not trigger rows 3–4); the two routing rules below act only when an age
// of 16 to 25 is given.
//
//   - a school just left, told with no enrolment of now (« je viens d'avoir
//     mon bac et je sais pas quoi faire, 18 ans », « mon fils vient d'avoir
//     son bac, il a 18 ans »): the status stays etudiant (§4: « etudiant
//     covers pupils/students and people who have just left school »), but
//     the person is no longer enrolled, so row 2 (« student still
//     enrolled ») does not apply and row 4 does (« left school »): the
//     school left is marked as Facts.WantsWork, as leftSchoolNow (round 9)
//     does for « j'ai arrêté mes études ». Only with an age of 16–25: with
//     no age, §4 reads ≥ 26 and no row routes a school leaver who does not
//     seek a job (the labelled sets leave it unrouted).
//   - an enrolled pupil or student of 16–25 who seeks a job (« je suis en
//     L1, 18 ans, je cherche un petit boulot le week-end », « en fin de
//     BTS, je cherche un travail pour la saison »): row 2 is for a student
//     « neither working nor seeking a job », so row 4 (mission locale)
//     applies, as tuning99 labels (round 21L set the status, the operator
//     stayed asked). The status is unchanged (etudiant). A search of a
//     stage, an alternance, an apprenticeship or a « patron » is left as
//     before: the labelled sets split on it (tuning22, 40, 41, 48 keep row
//     2; tuning43, 61, 70, 99 route row 4).
//   - « en prépa ECG / MP / PCSI / scientifique… »: a class préparatoire
//     named by its track (code de l'éducation D612-19 s.), a student's word
//     as round 20R's « je suis en prépa ». « prépa apprentissage » is not a
//     track and is left asked, as round20r_test.go pins it.
//   - « conseiller / conseillère / référent CEJ, garantie jeunes »: the
//     adviser's trade, not the young job seeker's scheme (« je suis en
//     CEJ »): read no status (the adviser's employer decides it).
//
// Left as before: the school leaver who seeks a job (round 20R, asked; the
// sets disagree), « sorti du lycée sans diplôme, je cherche » (the sets
// label it etudiant and demandeur_emploi alike, and the current answer is
// kept rather than turned asked), « décrocheur » (round 17C), the année de
// césure (a student in césure keeps the status, but a césure after the bac
// is told by school leavers too), « je suis mineur » (no age given), the
// student who wants to stop to work with no age (routed as a job seeker by
// the table's isJobSeeker, a design of earlier rounds).
var round22oSpecs = []patSpec{
	{p: "en prepa|prepas ecg|ecs|ece|ect|hec|mp|mpsi|pc|pcsi|psi|pt|ptsi|bcpst|bl|al|scientifique|litteraire|economique|commerciale|ingenieur|ingenieurs|maths|math", k: kStatus, v: "etudiant", w: 5},
	{p: "conseiller|conseillere|conseillers|conseilleres|referent|referente|referents cej|garantie jeunes? ", k: kNone},
}

// searchVerbsR22o and searchObjectsR22o are the words of a pupil's or a
// student's search: the verb, then within three words its object.
var searchVerbsR22o = map[string]bool{
	"cherche": true, "cherches": true, "cherchons": true, "cherchez": true, "cherchent": true,
	"chercher": true, "recherche": true, "recherches": true, "rechercher": true, "trouver": true,
}

var searchObjectsR22o = map[string]bool{
	"job": true, "jobs": true, "boulot": true, "taf": true, "taff": true, "travail": true, "emploi": true,
	"cdi": true, "cdd": true, "poste": true,
}

// seeksR22o reports a search verb followed, in its clause and within three
// words, by the object of a search, with no negation in between.
func (a *analyser) seeksR22o() bool {
	toks := a.toks
	for i, t := range toks {
		if !searchVerbsR22o[t.s] {
			continue
		}
		if a.negatedBeforeR22o(i) {
			continue // « je ne cherche pas », « je suis pas en recherche d'emploi »
		}
		for j := i + 1; j < len(toks) && j <= i+3 && toks[j].clause == t.clause; j++ {
			if toks[j].s == "pas" || toks[j].s == "plus" {
				break
			}
			if searchObjectsR22o[toks[j].s] {
				return true
			}
		}
	}
	return false
}

// youngOutOfRow2R22o reports a pupil or a student of 16–25 whom row 2 does
// not hold: a school just left and no enrolment of now, or an enrolment and
// a search (see the header). Called once the status and the age are known.
func (a *analyser) youngOutOfRow2R22o(f *Facts) bool {
	if f.Status != "etudiant" || f.WantsWork || f.Age < 16 || f.Age > 25 {
		return false
	}
	if a.heldJob() != "" || a.studiesDropped() {
		return false
	}
	leaving, enrolled := false, false
	for _, h := range a.sc.hits {
		v, _, ok := a.statusCandidate(h)
		if !ok || v != "etudiant" {
			continue
		}
		if a.enrolledHitR21l(h) {
			enrolled = true
		} else if a.leavingHitR20r(h) {
			leaving = true
		}
	}
	if enrolled {
		return a.seeksR22o()
	}
	return leaving
}

// negatedBeforeR22o reports a negation among the three words before the
// i-th one, in its clause.
func (a *analyser) negatedBeforeR22o(i int) bool {
	for j := i - 1; j >= 0 && j >= i-3 && a.toks[j].clause == a.toks[i].clause; j-- {
		switch a.toks[j].s {
		case "ne", "n", "pas", "plus", "jamais", "sans":
			return true
		}
	}
	return false
}
