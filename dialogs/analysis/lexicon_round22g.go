package analysis

// Round 22G of issue 13 — family: the facts that choose the operator beyond
// the status, cep-domain.md §1.3 rows 3–6 (a young graduate or cadre →
// Apec, other young people → mission locale, cadres and bac+3 graduates of
// 26 or more → Apec, RQTH of 26 or more → Cap emploi).
//
// Rule 1 — « diplômé ingénieur » without « d' ». The titre d'ingénieur
// diplômé is a bac+5 degree conferring the grade de master (code de
// l'éducation L642-1 and D612-34, accreditation by the Commission des titres
// d'ingénieur); APEC serves young graduates bac+3 to bac+5 (row 3). The
// lexicon read « diplômé d'ingénieur », « ingénieur diplômé », « école
// d'ingé », but not the apposed form « jeune diplômé(e) ingénieur(e) »,
// « diplômé ingé », nor the feminine plural « ingénieures diplômées ».
// The degree fact keeps all the guards of diplome() (wished, under way,
// denied, a relative's).
//
// Rule 2 — a young person's cadre-likely title. Row 3 sends a 16–25 year
// old to Apec when cadre (or bac+3 graduate), row 4 to the mission locale
// otherwise: for the young, an unknown cadre status decides the route just
// as it does at 26 or more (rows 6–8), which round 20I left out (« rows
// 3–4 do not ask the cadre of the young »). An « ingénieure en CDI chez
// Thales, 25 ans » was routed to the mission locale by default while the
// labelled sets mostly give Apec (the title is usually a cadre's, and its
// holder usually a bac+5 graduate), and a few give the mission locale. The
// fact is not guessed: the title raises DoubtCadre (round 20I's lexicon and
// guards: a rank below cadre said, a title wished, offered, denied, a
// relative's or in the name of a degree) and the routing asks the cadre
// question before rows 4–5 (routing/table.go: maybeCadre).
//
// Not for a trainee (apprentice, alternant, élève ingénieur, stagiaire):
// the title names the course, not a post (traineeWordsR22g).
//
// Kept unchanged: a degree already read (JeuneDiplome true: row 3 applies
// whatever the cadre), a cadre or non-cadre already said, public agents,
// the self-employed and students (row 1, 2 or 4 whatever the cadre), the
// titles round 20I leaves out (« manager », « chef d'équipe », agent de
// maîtrise, ETAM, technicien: not cadre titles), and the age boundary read
// by age.go (« bientôt 26 ans » is 25, « 26 ans depuis hier » is 26).

// round22gSpecs are the patterns of round 22G (rule 1).
var round22gSpecs = []patSpec{
	{p: "diplome|diplomee|diplomes|diplomees ingenieur|ingenieure|ingenieurs|ingenieures|inge|inges", k: kDiplome, v: "1"},
	{p: "ingenieur|ingenieure|ingenieurs|ingenieures diplomees", k: kDiplome, v: "1"},
	{p: "ingenieures diplome|diplomee|diplomes", k: kDiplome, v: "1"},
}

// doubtCadreYoungR22g is rule 2: a private employee or a job seeker aged 16
// to 25, whose cadre status and degree are not known, with a cadre-likely
// title of his or her own: the cadre question decides row 3 or row 4.
func (a *analyser) doubtCadreYoungR22g(f *Facts) {
	if f.Cadre != nil || f.Age < 16 || f.Age > 25 || f.JeuneDiplome != nil && *f.JeuneDiplome {
		return
	}
	if f.Status != "salarie_prive" && f.Status != "demandeur_emploi" {
		return
	}
	for _, t := range a.toks {
		if traineeWordsR22g[t.s] {
			return // « ingénieur apprenti », « élève ingénieur »: a trainee, not a post held
		}
	}
	if a.cadreTitleR20i() {
		f.Doubts |= DoubtCadre
	}
}

// traineeWordsR22g name a person in training under a contract or a course:
// the apprentice's contract is a training contract (code du travail
// L6221-1), the trainee of a school (« élève ingénieur ») or an internship
// (L124-1 code de l'éducation) holds no post, so no cadre status to ask;
// the labelled sets route these young people to the mission locale.
var traineeWordsR22g = map[string]bool{"apprenti": true, "apprentie": true, "apprentis": true, "apprentissage": true,
	"alternance": true, "alternant": true, "alternante": true, "eleve": true, "stagiaire": true, "stage": true}
