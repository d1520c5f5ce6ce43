package routing

import (
	"fmt"
	"slices"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
	"github.com/cep-accueil/cepbot/dialogs/texts"
)

// publicAlternatives are the organisations an agent public may turn to
// instead of their employer (row 1 of cep-domain.md §1.3: Cap emploi with a
// recognised disability, the other L6111-6 organisations; never the France
// compétences regional operator): Cap emploi with an RQTH, the mission
// locale before 26, the Apec for a cadre, and France Travail, open to every
// actif.
func publicAlternatives(f analysis.Facts) []string {
	alts := when(isTrue(f.Handicap), CapEmploi)
	alts = append(alts, when(isYoung(f), MissionLocale)...)
	alts = append(alts, when(isTrue(f.Cadre), Apec)...)
	return append(alts, FranceTravail)
}

// publicReasons are row 1's reasons: whom to contact in the visitor's
// branch of the public service, and the confidential alternatives.
func publicReasons(f analysis.Facts, alts []string) []string {
	return PublicReasons(texts.FR().Understanding, f, alts)
}

// PublicReasons are row 1's reasons written with u's texts: another
// language's, or the forms about a relative.
func PublicReasons(u texts.Understanding, f analysis.Facts, alts []string) []string {
	contact := u.ContactBranchless
	switch f.Branch {
	case analysis.BranchEtat:
		contact = u.ContactEtat
	case analysis.BranchEducation:
		contact = u.ContactEducation
	case analysis.BranchTerritoriale:
		contact = u.ContactTerritoriale
	case analysis.BranchHospitaliere:
		contact = u.ContactHospitaliere
	case analysis.BranchArmees:
		contact = u.ContactArmees
	}
	names := PublicAlternativeNames(u, NamedPublicAlternatives(f, alts), f.Age > 0)
	if len(names) == 0 {
		return []string{contact}
	}
	return []string{contact, fmt.Sprintf(u.ConfidentialAlternatives, u.ListOr(names...))}
}

// NamedPublicAlternatives are the alternatives an agent public is told of:
// alts, and Cap emploi first when the disability is not known. It is not
// asked of an agent public (it does not change the door), but with an RQTH
// Cap emploi is a confidential door too (cep-domain.md §1.3, « fonctionnaire
// with RQTH »): named « Cap emploi (avec une RQTH) », with no booking button
// until the visitor says it.
func NamedPublicAlternatives(f analysis.Facts, alts []string) []string {
	if f.Handicap != nil || slices.Contains(alts, CapEmploi) {
		return alts
	}
	return append([]string{CapEmploi}, alts...)
}

// PublicAlternativeNames are row 1's alternatives named with u's texts and
// their article (« l'Apec (cadres) »), in the order of alts. When the age
// is known (aged), the Mission locale is named without its bracket « moins
// de 26 ans » (persona fx1, issue 13).
func PublicAlternativeNames(u texts.Understanding, alts []string, aged bool) []string {
	names := make([]string, 0, len(alts))
	for _, a := range alts {
		switch a {
		case FranceTravail:
			names = append(names, u.OrgFranceTravail)
		case Apec:
			names = append(names, u.OrgApec)
		case CapEmploi:
			names = append(names, u.OrgCapEmploi)
		case MissionLocale:
			if aged && u.OrgMissionLocaleAged != "" {
				names = append(names, u.OrgMissionLocaleAged)
			} else {
				names = append(names, u.OrgMissionLocale)
			}
		}
	}
	return names
}
