// Package routing chooses the CEP operator competent for a visitor from the
// facts known so far, following the decision table of cep-domain.md §1.3.
package routing

import (
	"github.com/cep-accueil/cepbot/bot/directory"
	"github.com/cep-accueil/cepbot/dialogs/analysis"
)

// Operators: the kinds of the directory, their one owner (SPEC §4).
const (
	CapEmploi         = directory.KindCapEmploi
	FranceTravail     = directory.KindFranceTravail
	MissionLocale     = directory.KindMissionLocale
	Apec              = directory.KindAPEC
	OperateurRegional = directory.KindOperateurRegional
	EmployeurPublic   = directory.KindEmployeurPublic
)

// row is one line of the decision table. when reads the facts with the
// conventions of SPEC §3: unknown age counts as 26 or more, unknown
// disability or cadre status as "no". alts may depend on the facts (e.g.
// Cap emploi is offered to a public agent only with a recognised disability).
type row struct {
	n        int
	when     func(f analysis.Facts) bool
	operator string
	alts     func(f analysis.Facts) []string
	reason   string
	outScope string
}

// table is cep-domain.md §1.3, top-down, first match wins. Keep it in the
// same order and wording as the document so that reviewers can compare.
var table = []row{
	{n: 1, when: isAgentPublic, operator: EmployeurPublic,
		alts:   publicAlternatives, // reasons by branch: publicReasons
		reason: "Vous êtes agent public : votre conseil en évolution professionnelle est assuré par votre employeur (service RH, conseiller mobilité-carrière ou centre de gestion)."},
	{n: 2, when: isEnrolledStudent, outScope: "etudiant",
		reason: "Vous êtes étudiant et ne cherchez pas d'emploi : le conseil en évolution professionnelle s'adresse aux actifs ; le service d'orientation de votre établissement ou un CIO pourra vous aider."},
	{n: 3, when: func(f analysis.Facts) bool { return isYoung(f) && (isTrue(f.Cadre) || isTrue(f.JeuneDiplome)) }, operator: Apec,
		alts:   func(analysis.Facts) []string { return []string{MissionLocale} },
		reason: "Vous avez moins de 26 ans et vous êtes cadre ou diplômé d'un bac+3 ou plus : l'Apec accompagne les jeunes diplômés."},
	{n: 4, when: func(f analysis.Facts) bool { return isYoung(f) && !maybeCadre(f) }, operator: MissionLocale, // round 22G: a young cadre-likely title waits for the cadre answer (row 3)
		alts: func(f analysis.Facts) []string {
			return append(when(isTrue(f.Handicap), CapEmploi), when(isWorking(f), OperateurRegional)...)
		},
		reason: "Vous avez moins de 26 ans : la Mission locale accompagne tous les jeunes de 16 à 25 ans."},
	{n: 5, when: func(f analysis.Facts) bool { return isTrue(f.Handicap) && !(isYoung(f) && maybeCadre(f)) }, operator: CapEmploi,
		alts: func(f analysis.Facts) []string {
			alts := []string{FranceTravail}
			if isWorking(f) {
				alts = append(alts, OperateurRegional)
				if isTrue(f.Cadre) {
					alts = append(alts, Apec)
				}
			}
			return alts
		},
		reason: "Vous avez une reconnaissance de handicap : Cap emploi accompagne les personnes en situation de handicap, en emploi ou en recherche d'emploi."},
	{n: 6, when: isApecProfile, operator: Apec,
		alts: func(f analysis.Facts) []string {
			if isJobSeeker(f) {
				return []string{FranceTravail}
			}
			return []string{OperateurRegional}
		},
		reason: "Vous êtes cadre, ou diplômé d'un bac+3 ou plus à la recherche d'un poste de cadre : l'Apec accompagne les cadres en emploi ou en recherche d'emploi."},
	{n: 7, when: func(f analysis.Facts) bool { return isJobSeeker(f) && !maybeCadre(f) }, operator: FranceTravail,
		reason: "Vous êtes demandeur d'emploi : France Travail assure votre conseil en évolution professionnelle."},
	{n: 8, when: func(f analysis.Facts) bool { return isWorking(f) && !maybeCadre(f) }, operator: OperateurRegional,
		alts:   func(f analysis.Facts) []string { return when(isTrue(f.Cadre), Apec) },
		reason: "Vous êtes salarié du privé ou travailleur indépendant : l'opérateur régional du conseil en évolution professionnelle, financé par France compétences, vous accompagne."},
}

func isTrue(b *bool) bool { return b != nil && *b }

// when returns []string{op} when cond holds, else nil; it keeps the
// alternatives readable in the table.
func when(cond bool, op string) []string {
	if cond {
		return []string{op}
	}
	return nil
}

func isAgentPublic(f analysis.Facts) bool { return f.Status == "agent_public" }

func isEnrolledStudent(f analysis.Facts) bool { return f.Status == "etudiant" && !f.WantsWork }

// isYoung is rows 3–4: 16 to 25. An unknown age is read as 26 or more.
func isYoung(f analysis.Facts) bool {
	return f.Age >= 16 && f.Age <= 25 && !maybePublicAgent(f)
}

// maybePublicAgent: the status is not known and the employer may be public
// (an occupation of both sectors, « hôpital » alone): row 1 may still
// apply before the rows on age, so no row is chosen until the status is.
func maybePublicAgent(f analysis.Facts) bool {
	return f.Status == "" && (f.Doubts.Has(analysis.DoubtSector) || f.Branch != "")
}

// maybeCadre: a private employee or a job seeker whose title is usually a
// cadre's (analysis.DoubtCadre) and whose cadre status is not known: row 6
// (Apec) or rows 7–8 may apply, so no row is chosen until the cadre
// question is answered (round 20I), as maybePublicAgent does for the sector.
func maybeCadre(f analysis.Facts) bool {
	return f.Cadre == nil && f.Doubts.Has(analysis.DoubtCadre) && (f.Status == "salarie_prive" || isJobSeeker(f))
}

// isJobSeeker includes a school leaver who wants to work: for the CEP they
// are looking for a job.
func isJobSeeker(f analysis.Facts) bool {
	return f.Status == "demandeur_emploi" || (f.Status == "etudiant" && f.WantsWork)
}

// isWorking is row 8: private-law employees and the self-employed.
func isWorking(f analysis.Facts) bool {
	switch f.Status {
	case "salarie_prive", "independant", "artisan", "profession_liberale", "auto_entrepreneur":
		return true
	}
	return false
}

// isApecProfile is row 6: a cadre (employed in the private sector or job
// seeker), or a bac+3 graduate looking for a (cadre) job.
func isApecProfile(f analysis.Facts) bool {
	if isTrue(f.Cadre) && (f.Status == "salarie_prive" || isJobSeeker(f)) {
		return true
	}
	// row 6 asks no job seeking of the graduate, only a cadre post looked
	// for: a bac+5 employed as a non-cadre who seeks one is Apec's (round 20H)
	return isTrue(f.JeuneDiplome) && (isJobSeeker(f) || f.SeeksCadre && isWorking(f))
}
