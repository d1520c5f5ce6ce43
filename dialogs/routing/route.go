package routing

import "github.com/cep-accueil/cepbot/dialogs/analysis"

// Decision is the route for what is known so far and what is still worth
// asking.
type Decision struct {
	Operator     string   // cap_emploi, france_travail, mission_locale, apec, operateur_regional, employeur_public; "" when no row applies
	Alternatives []string // other operators the visitor may choose
	Missing      []string // in asking order, from: "status", "age", "handicap", "cadre", "departement"
	Reasons      []string // French sentences (vouvoiement), the rules that fired, plain words
	Rule         int      // row number of the decision table that matched (0 = none)
	Branch       string   // row 1: the public-service branch (analysis.BranchEtat…), "" unknown
	OutOfScope   string   // "" | "etudiant" | "moins_de_16" | "hors_regions"
}

const (
	reasonUnder16 = "Vous avez moins de 16 ans : le conseil en évolution professionnelle s'adresse aux personnes de 16 ans et plus ; le service d'orientation de votre établissement ou un CIO pourra vous aider."
	reasonOutside = "Votre lieu de résidence est hors des 18 régions : nous vous indiquerons les contacts nationaux du conseil en évolution professionnelle."
	reasonUnknown = "Votre situation professionnelle n'est pas encore connue : elle détermine l'organisme compétent."
	reasonCadre   = "Nous ne savons pas encore si vous êtes cadre : l'Apec accompagne les cadres, l'opérateur régional ou France Travail les autres."
)

// Route applies the decision table to f. It never fails: when no row
// applies, Operator is "" and Missing says what to ask.
func Route(f analysis.Facts) Decision {
	if f.Age > 0 && f.Age < 16 {
		return Decision{OutOfScope: "moins_de_16", Reasons: []string{reasonUnder16}}
	}
	var d Decision
	for _, r := range table {
		if !r.when(f) {
			continue
		}
		d.Rule = r.n
		d.Operator = r.operator
		d.OutOfScope = r.outScope
		if r.alts != nil {
			d.Alternatives = r.alts(f)
		}
		d.Reasons = []string{r.reason}
		if r.n == 3 || r.n == 6 {
			// Say what the visitor said: « Vous êtes cadre » to a
			// cadre, not « cadre, ou diplômé d'un bac+3 … ».
			d.Reasons = []string{apecReason(r, f)}
		}
		if r.n == 1 {
			d.Branch = f.Branch
			d.Reasons = publicReasons(f, d.Alternatives)
		}
		break
	}
	if d.Rule == 0 {
		d.Rule = 9
		d.Reasons = []string{reasonUnknown}
		if maybeCadre(f) {
			d.Reasons = []string{reasonCadre}
		}
	}
	if d.OutOfScope == "etudiant" {
		return d
	}
	if f.Outside {
		d.OutOfScope = "hors_regions"
		d.Reasons = append(d.Reasons, reasonOutside)
	}
	d.Missing = missing(f)
	return d
}

// missing lists, in asking order, the unknown slots that could still change
// the route, plus the place, always needed to book.
func missing(f analysis.Facts) []string {
	var m []string
	if f.Status == "" {
		m = append(m, "status")
	}
	if f.Age == 0 && f.Status != "agent_public" {
		m = append(m, "age")
	}
	ageOld := f.Age == 0 || f.Age >= 26
	if f.Handicap == nil && ageOld && f.Status != "agent_public" {
		m = append(m, "handicap")
	}
	if f.Cadre == nil && ageOld && !isTrue(f.Handicap) &&
		(f.Status == "salarie_prive" || (f.Status == "demandeur_emploi" && !isTrue(f.JeuneDiplome))) ||
		isYoung(f) && maybeCadre(f) && !isTrue(f.JeuneDiplome) {
		// The young with a cadre-likely title (« ingénieur de 24 ans en
		// CDI »): rows 3–5 wait on the answer (maybeCadre), so it is
		// asked, or no row would ever apply.
		m = append(m, "cadre")
	}
	if f.Departement == "" && !f.Outside {
		m = append(m, "departement")
	}
	return m
}

// Rows 3 and 6's reasons for a cadre and for a graduate who is not one.
const (
	reasonYoungCadre    = "Vous avez moins de 26 ans et vous êtes cadre : l'Apec accompagne les jeunes cadres et les jeunes diplômés."
	reasonYoungGraduate = "Vous avez moins de 26 ans et vous êtes diplômé(e) d'un bac+3 ou plus : l'Apec accompagne les jeunes diplômés."
	reasonCadreApec     = "Vous êtes cadre : l'Apec accompagne les cadres en emploi ou en recherche d'emploi."
	reasonGraduateApec  = "Vous êtes diplômé(e) d'un bac+3 ou plus à la recherche d'un poste de cadre : l'Apec accompagne les cadres et les diplômés qui cherchent un poste de cadre."
)

// apecReason is row 3 or 6's reason naming what is known: cadre (the
// stronger fact when both are), else bac+3 or more; the row's general
// wording when neither is stated.
func apecReason(r row, f analysis.Facts) string {
	switch {
	case r.n == 3 && isTrue(f.Cadre):
		return reasonYoungCadre
	case r.n == 3 && isTrue(f.JeuneDiplome):
		return reasonYoungGraduate
	case r.n == 6 && isTrue(f.Cadre):
		return reasonCadreApec
	case r.n == 6 && isTrue(f.JeuneDiplome):
		return reasonGraduateApec
	}
	return r.reason
}
