package analysis

// Round 20D of issue 13: public posts the rules did not recognise, and
// young graduates (bac+3 or more) whose degree or job search went unread.
//
// Public posts (cep-domain.md §1.3 row 1, §1.5: an agent public of any
// age goes to his or her employer, before the rows on age):
//   - the pupils of the schools of the gendarmerie, the police, the
//     armies, the prison service, the customs and the courts (« élève
//     gendarme », « élève officier », « élève gardien de la paix ») are
//     already in service: an élève gendarme is a soldier (code de la
//     défense L4132-1, sous contrat from the first day of school), the
//     élèves of the police and prison schools are appointed and paid
//     (fonctionnaires stagiaires or élèves fonctionnaires, CGFP L327-1);
//     an « élève infirmier », « élève avocat » is a student and is not
//     read here;
//   - the probation of a civil servant is « stagiaire » after the corps
//     (« greffière stagiaire », « gardien de la paix stagiaire »,
//     « inspecteur stagiaire »): a fonctionnaire stagiaire (CGFP L327-1),
//     as round 18T reads « professeur stagiaire »; the words that are also
//     a private firm's intern (« rédacteur stagiaire », « attaché de presse
//     stagiaire », « technicien stagiaire ») are left out;
//   - the gendarme in Antillean Creole (« gendam », « jandam »), the word
//     of employers.go in the spelling of round 20A's Creole ages;
//   - the Armement des phares et balises is a State service (décret
//     2006-1741, directions interrégionales de la mer): its sailors are
//     State agents.
//
// Young graduates (rows 3 and 6, §4: « a job-seeking … bac+3 graduate is
// demandeur_emploi with operator apec »):
//   - the PhD (« I have a PhD en biologie »), the BUT named with its
//     speciality (« un BUT informatique », « BUT GEA »: bac+3 since 2021,
//     arrêté du 6 décembre 2019) and the engineer's degree told with the
//     speciality between (« ingénieure agronome diplômée ») are degrees of
//     bac+3 or more, as « docteur en », « diplômé d'un BUT » and
//     « ingénieur diplômé » already are;
//   - « en 2024 » before a degree is its date, not a course under way
//     (« j'ai obtenu en 2024 un master »): the cue « en » of targetCues is
//     « en master » (in a master now), not a year;
//   - « jeune diplômé(e) » (a student word of weight 3) beside a job search
//     of the same weight (« je cherche mon premier emploi ») left the
//     status unknown; for a visitor who says he or she is 26 or more, the
//     search is what routes (row 6 needs a job seeker), and the tuning
//     sets label such a graduate demandeur_emploi. Under 26 rows 3–4
//     route by age whatever the status, and the sets disagree (tuning45
//     labels these etudiant); with no age told rounds 12 and 15B keep
//     the question; both are left as they were.

// round20dSpecs are the patterns of round 20D.
var round20dSpecs = []patSpec{
	{p: "eleve|eleves gendarme|gendarmes|officier|officiers|policier|policiere|policiers|policieres|commissaire|commissaires|douanier|douaniere|douaniers|greffier|greffiere|greffiers|lieutenant|lieutenants|surveillant|surveillante|surveillants", k: kStatus, v: "agent_public", w: 5},
	{p: "eleve|eleves sous officier|officiers", k: kStatus, v: "agent_public", w: 5},
	{p: "eleve|eleves gardien|gardienne|gardiens de la paix", k: kStatus, v: "agent_public", w: 5},
	{p: "greffier|greffiere|greffiers|greffieres|surveillant|surveillante|surveillants|inspecteur|inspectrice|inspecteurs|controleur|controleuse|controleurs|douanier|douaniere|douaniers|policier|policiere|policiers|lieutenant|lieutenante|commissaire stagiaire|stagiaires", k: kStatus, v: "agent_public", w: 6},
	{p: "gardien|gardienne|gardiens de la paix stagiaire|stagiaires", k: kStatus, v: "agent_public", w: 6},
	{p: "gendam|jandam|jandanm", k: kStatus, v: "agent_public", w: 4},
	{p: "phd", k: kDiplome, v: "1"},
	{p: "but informatique|info|gea|tc|geii|mmi|qlio|gmp|gccd|hse|gim|carrieres|techniques|genie|reseaux|chimie|mesures|metiers|packaging", k: kDiplome, v: "1"},
	{p: "ingenieur|ingenieure|ingenieurs agronome|agronomes|chimiste|civil|civile|generaliste|agricole|geologue|physicien|physicienne|informaticien|informaticienne|biologiste|statisticien|statisticienne diplome|diplomee|diplomes|diplomees", k: kDiplome, v: "1"},
}

// round20dEmployerSpecs are the employers of round 20D.
var round20dEmployerSpecs = []employerSpec{
	{p: "gendam|jandam|jandanm", sector: sectorPublic, branch: BranchArmees, w: 4, person: true},
	{p: "eleve|eleves gendarme|gendarmes|officier|officiers; eleve|eleves sous officier|officiers", sector: sectorPublic, branch: BranchArmees, w: 5, person: true},
	{p: "phares et balises", sector: sectorPublic, branch: BranchEtat, w: 4},
}

// yearAfterEnR20d reports the cue « en » at j followed by a year (« en
// 2024 un master »): the date of the degree, not a course under way.
func (a *analyser) yearAfterEnR20d(j int) bool {
	if a.toks[j].s != "en" || j+1 >= len(a.toks) {
		return false
	}
	n := a.toks[j+1]
	if !n.num || len(n.s) != 4 {
		return false
	}
	v, k := leadingInt(n.s)
	return k == 4 && v >= 1950 && v <= 2100
}

// graduateSeeksR20d turns the student word « jeune diplômé » into a job
// seeker's when a job search of the writer stands beside it and the
// visitor says he or she is 26 or more (see the header). best and bestW
// are the status chosen so far.
func (a *analyser) graduateSeeksR20d(best string, bestW int8) bool {
	if best != "etudiant" || bestW > 3 || !a.youngGraduateWordR20d() {
		return false
	}
	if a.age(a.now) < 26 {
		return false // (no age told: rounds 12 and 15B keep the question)
	}
	for _, h := range a.sc.hits {
		if h.p.k != kStatus || h.p.v == "etudiant" {
			continue
		}
		v, w, ok := a.statusCandidate(h)
		if !ok {
			continue
		}
		if v != "demandeur_emploi" || !h.p.event || !a.searchWords(h) || w > 3 {
			return false // another status than a search, or a loss of work already read
		}
	}
	return a.searchR20d()
}

// searchR20d reports a job search of the writer now (a kStatus event of a
// job seeker made of search words).
func (a *analyser) searchR20d() bool {
	for _, h := range a.sc.hits {
		if h.p.k != kStatus || h.p.v != "demandeur_emploi" || !h.p.event || !a.searchWords(h) {
			continue
		}
		if v, _, ok := a.statusCandidate(h); ok && v == "demandeur_emploi" {
			return true
		}
	}
	return false
}

// youngGraduateWordR20d reports that every student word of the writer now
// is « jeune diplômé(e) »: a student enrolled (« étudiant en master »)
// stays one.
func (a *analyser) youngGraduateWordR20d() bool {
	found := false
	for _, h := range a.sc.hits {
		if h.p.k != kStatus || h.p.v != "etudiant" {
			continue
		}
		if _, _, ok := a.statusCandidate(h); !ok {
			continue
		}
		if h.end-h.start != 2 || a.toks[h.start].s != "jeune" {
			return false
		}
		found = true
	}
	return found
}

// graduateRivalR20d reports the student word « jeune diplômé » as the
// rival of the job search graduateSeeksR20d chose.
func (a *analyser) graduateRivalR20d(h hit, v, best string) bool {
	return a.ev.graduateR20d && v == "etudiant" && best == "demandeur_emploi" && h.end-h.start == 2 && a.toks[h.start].s == "jeune"
}
