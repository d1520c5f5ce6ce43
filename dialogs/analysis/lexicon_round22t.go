package analysis

// Round 22T of issue 13 — family: job seekers who were cadres, and the
// job seekers with the same words who were not (cep-domain.md §1.3 row 6:
// a job seeker who was cadre, 26 or more → Apec, alternative France Travail;
// row 7 otherwise → France Travail).
//
// Rule 1 — a job seeker's own cadre-likely title settles row 6. Round 20I
// asks the cadre question when a title usually a cadre's (ingénieur,
// directeur d'agence, DAF, responsable RH, contrôleur de gestion, juriste,
// chef de projet…) is the writer's and the cadre status is not said. For a
// private employee the question stays: the regional operator serves
// employed non-cadres, and a small firm may employ an engineer as a
// technicien. For a job seeker (26 or more, or age unknown) the answer no
// longer changes the route: row 6 holds for « a job seeker who was cadre »
// AND for « a graduate bac+3+ looking for a cadre job », and these titles
// are those of the INSEE PCS group 3 « cadres et professions
// intellectuelles supérieures » (groups 37–38), held after a degree of
// bac+3 or more, by people who look for a post of the same level; Apec
// serves the cadres « en emploi ou en recherche » (RUF 2024). The labelled
// sets agree: of the job seekers whose title raised the cadre question, 13
// of 14 outside this round's set are labelled Apec; the one labelled France
// Travail is a refugee whose engineer's title was earned abroad and whose
// degree waits for recognition — kept asked (a post held abroad says
// nothing of the French cadre affiliation, ANI of 17 November 2017).
// Kept asked too: a title followed by an activity of one's own or a plan
// to create one (« j'ai quitté mon poste pour ouvrir une librairie », « puis
// consultant indépendant », « entreprise liquidée »): the last activity is
// not a cadre post, and row 7 names the ex-indépendant who stopped among
// France Travail's (the sets label such careers France Travail or leave the
// status open). The young (16–25) keep round 22G's question (rows 3–4).
//
// Rule 2 — the writer says he or she does not know whether he or she is
// (was) a cadre (« je ne sais pas si j'étais vraiment cadre »): the cadre
// fact is the question, not a « no »; DoubtCadre is raised for a private
// employee or a job seeker of 26 or more. Kept unchanged: a rank of the
// retail trade below cadre named in the message (« chef de rayon »,
// « responsable/manager de rayon »: agents de maîtrise of the CCN du
// commerce de détail et de gros à prédominance alimentaire, and the sets
// route « je ne sais pas si je suis cadre, je suis chef de rayon » to the
// regional operator).
//
// Rule 3 — a career told in order, the cadre posts first and then a post
// below cadre (« j'ai été cadre pendant 10 ans puis employé », « cadre
// pendant huit ans, puis vendeur »): the cadre status is attached to the
// post held (ANI 2017: the cadre is the employee affiliated as such), so
// the last post decides, and a writer whose last post was not a cadre's is
// not surely row 6 — the cadre fact is left unknown (asked) rather than
// read « yes » from the earlier post. Kept: « cadre … puis licencié / puis
// j'ai démissionné » (no post after), « employé puis cadre » (cadre last).

// refugeeWordsR22t: a career earned abroad whose degree waits for
// recognition in France (rule 1's exception).
var refugeeWordsR22t = map[string]bool{"refugie": true, "refugiee": true, "refugies": true, "asile": true,
	"equivalence": true}

// ownActivityR22t: an activity of one's own, done or planned (rule 1's
// second exception).
var ownActivityR22t = map[string]bool{"independant": true, "independante": true, "freelance": true,
	"entrepreneur": true, "autoentrepreneur": true, "creation": true, "creer": true, "ouvrir": true,
	"liquidation": true, "liquidee": true}

// cadreJobSeekerR22t is rule 1: it runs after round 20I's doubt.
func (a *analyser) cadreJobSeekerR22t(f *Facts) {
	if f.Status != "demandeur_emploi" || f.Cadre != nil || !f.Doubts.Has(DoubtCadre) || f.Age > 0 && f.Age < 26 {
		return
	}
	for i, t := range a.toks {
		if refugeeWordsR22t[t.s] || ownActivityR22t[t.s] || (t.s == "reconnaitre" || t.s == "reconnaissance") && i+3 < len(a.toks) &&
			(a.toks[i+1].s == "diplome" || a.toks[i+2].s == "diplome" || a.toks[i+3].s == "diplome") {
			return
		}
	}
	if !a.cadreTitleR20i() || a.laterRankR22t() {
		return
	}
	yes := true
	f.Cadre = &yes
	f.Why.Cadre = Origin{How: HowLexicon, Conf: 70}
	f.Doubts &^= DoubtCadre
}

// retailRankR22t: « chef/responsable/manager de rayon » (rule 2's exception).
func (a *analyser) retailRankR22t() bool {
	t := a.toks
	for i := 0; i+2 < len(t); i++ {
		if (t[i].s == "chef" || t[i].s == "cheffe" || t[i].s == "responsable" || t[i].s == "manager") && t[i+1].s == "de" && t[i+2].s == "rayon" {
			return true
		}
	}
	return false
}

// unsureCadreR22t is rule 2.
func (a *analyser) unsureCadreR22t(f *Facts) {
	if f.Age > 0 && f.Age < 26 || f.Status != "salarie_prive" && f.Status != "demandeur_emploi" {
		return
	}
	t := a.toks
	found := false
	for i := 0; i+1 < len(t); i++ {
		if t[i].s != "sais" || t[i+1].s != "pas" {
			continue
		}
		// « (je ne) sais pas si je suis / j'étais / j'ai été (vraiment) cadre »
		for j := i + 2; j < len(t) && j <= i+8 && t[j].clause == t[i].clause; j++ {
			if t[j].s == "cadre" && t[i+2].s == "si" {
				found = true
			}
		}
	}
	if !found || a.retailRankR22t() {
		return
	}
	f.Cadre = nil
	f.Doubts |= DoubtCadre
}

// laterRankR22t reports rule 3's order: « cadre » then, after « puis »
// within the next few words, a rank below cadre.
func (a *analyser) laterRankR22t() bool {
	t := a.toks
	for i := range t {
		if t[i].s != "cadre" {
			continue
		}
		for j := i + 1; j < len(t) && j <= i+6; j++ {
			if t[j].s != "puis" {
				continue
			}
			for k := j + 1; k < len(t) && k <= j+3; k++ {
				if laterRanksR22t[t[k].s] {
					return true
				}
			}
		}
	}
	return false
}

// laterRanksR22t: posts below cadre (CCN categories ouvriers, employés,
// techniciens et agents de maîtrise) and the common titles of employés.
var laterRanksR22t = map[string]bool{"employe": true, "employee": true, "ouvrier": true, "ouvriere": true,
	"technicien": true, "technicienne": true, "maitrise": true, "vendeur": true, "vendeuse": true,
	"caissier": true, "caissiere": true, "agent": true}

// careerOrderR22t is rule 3: a cadre read from an earlier post followed by
// a post below cadre leaves the cadre fact to the question.
func (a *analyser) careerOrderR22t(f *Facts) {
	if f.Cadre == nil || !*f.Cadre || f.Status != "demandeur_emploi" && f.Status != "" || !a.laterRankR22t() {
		return
	}
	f.Cadre = nil
	if f.Age == 0 || f.Age >= 26 {
		f.Doubts |= DoubtCadre
	}
}
