package analysis_test

import (
	"testing"
	"time"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
	"github.com/cep-accueil/cepbot/dialogs/routing"
)

// Round 26A: a hire told after a loss or a time without work is the job of
// now (row 8); a loss or a search told after the hire, a start ahead, a
// scheme's contract, a contract of weeks, a negated hire or a relative's
// keep their old reading ("" = asked).
func TestRound26AHiredAfterLoss(t *testing.T) {
	now := time.Date(2026, 6, 15, 9, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		text   string
		status string
		want   string
	}{
		{"Licenciée en janvier, j'ai commencé un nouveau poste d'assistante commerciale le 1er juin. Je me demande si c'est le bon choix.", "salarie_prive", routing.OperateurRegional},
		{"Fin de droits en mars, mais bonne nouvelle : je suis embauché en CDD de 8 mois dans une entreprise de transport.", "salarie_prive", routing.OperateurRegional},
		{"Je sors du chômage, j'ai commencé lundi comme ouvrier chez Lactalis. Je voudrais me renseigner sur la VAE.", "salarie_prive", routing.OperateurRegional},
		{"Au chômage depuis un an, je viens d'être recrutée comme secrétaire dans un garage, 44 ans", "salarie_prive", routing.OperateurRegional},
		{"Licencié en janvier, j'ai signé un CDI chez Norauto en avril, 38 ans, Lille", "salarie_prive", routing.OperateurRegional},
		{"J'ai eu une rupture conventionnelle en 2025, j'ai repris un poste de cariste chez Geodis en mai", "salarie_prive", routing.OperateurRegional},
		// kept: a loss or a search after the hire, a start ahead, a
		// scheme's contract, a contract of weeks, a negated hire, a relative
		{"J'ai été embauché en mars mais ils ne m'ont pas gardé après la période d'essai, je suis au chômage, 35 ans", "demandeur_emploi", routing.FranceTravail},
		// (asked before the round too: the CDD found and the chômage of now
		// are two situations)
		{"Licencié en janvier, j'ai retrouvé un CDD en mars, il s'est terminé fin mai et je suis au chômage, 41 ans", "", ""},
		{"jsuis en fin de droits le mois pro et jviens de commencer un cdd de 2 semaines, apres re-chomage, 45 ans", "demandeur_emploi", routing.FranceTravail},
		{"Chômeur depuis 2 ans, j'ai trouvé un CDI dans une PME qui commence lundi, 50 ans", "", ""},
		{"Je suis au chômage depuis mars, j'ai décroché un CDI de cariste, je commence mardi, 45 ans", "demandeur_emploi", routing.FranceTravail},
		{"Je suis sans emploi et j'ai signé mon contrat d'engagement jeune la semaine dernière, 21 ans", "demandeur_emploi", routing.MissionLocale},
		{"Licenciée en avril, je n'ai pas retrouvé de travail depuis, 47 ans", "demandeur_emploi", routing.FranceTravail},
		{"J'écris pour mon fils de 30 ans, licencié en mars, il a retrouvé un poste mais il hésite", "", ""},
		// a public or two-sector employer after the hire: its law is
		// asked or settled by the employer, not read as private
		{"Licenciée en 2016, j'ai été recrutée en 2018 dans une école pour accompagner des enfants handicapés, 45 ans", "", ""},
		{"Au chômage depuis un an, je viens d'être recrutée à la mairie de Tours comme agent d'accueil", "agent_public", routing.EmployeurPublic},
		{"Au chômage depuis un an, j'ai retrouvé un contrat PEC à la mairie, 44 ans", "salarie_prive", routing.OperateurRegional},
	} {
		f := analysis.Analyse(c.text, now)
		if f.Status != c.status {
			t.Errorf("%q: status %q; want %q", c.text, f.Status, c.status)
		}
		if got := routing.Route(f).Operator; got != c.want {
			t.Errorf("%q: operator %q (status %q); want %q", c.text, got, f.Status, c.want)
		}
	}
}

// Round 26A: a job named with a word of employment, then its loss told
// done, is a job seeker when the loss already won; a loss ahead or in the
// present tense, a colleague's, a client's, a job kept or found after it
// keep their old reading.
func TestRound26ATitleThenLoss(t *testing.T) {
	now := time.Date(2026, 6, 15, 9, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		text   string
		status string
		want   string
	}{
		{"Employée polyvalente en CDI au Quick de la zone, le restaurant a fermé ses portes, je suis sans rien depuis le 1er mai.", "demandeur_emploi", routing.FranceTravail},
		{"J'ai un CDI d'aide-soignante dans une clinique mais j'ai été licenciée pour inaptitude la semaine dernière.", "demandeur_emploi", routing.FranceTravail},
		{"Je suis cuisinier en CDI, le restaurant a été vendu et le nouveau propriétaire m'a licencié la semaine dernière.", "demandeur_emploi", routing.FranceTravail},
		// the job word first and strongest (« salariée ») still makes a
		// tie asked: the rule does not turn an employee's reading
		{"Je suis commerciale salariée, enfin je l'étais jusqu'à ma rupture conventionnelle en février.", "", ""},
		// kept
		{"Je suis salariée en CDI dans une boutique de prêt-à-porter depuis 9 ans, la boutique va peut-être fermer l'an prochain.", "salarie_prive", routing.OperateurRegional},
		{"Salarié en CDI chez un transporteur, mon collègue a été mis dehors en mars et je m'inquiète.", "salarie_prive", routing.OperateurRegional},
		{"Ouvrier en CDI dans une scierie, l'usine a fermé un de ses ateliers mais j'ai été reclassé.", "", ""},
		{"Je suis cuisinier en CDI, le restaurant vient d'être vendu mais le nouveau propriétaire me garde.", "salarie_prive", routing.OperateurRegional},
		{"Je suis en apprentissage dans un garage à Figeac et mon contrat se termine en août quand j'aurai mon CAP, 18 ans", "salarie_prive", routing.MissionLocale},
		{"ingénieur indépendant en portage salarial, mission terminée, 47 ans, Toulouse", "", ""},
		{"plan social en cours, j'ai été licencié le mois dernier, 50 ans", "", ""},
	} {
		f := analysis.Analyse(c.text, now)
		if f.Status != c.status {
			t.Errorf("%q: status %q; want %q", c.text, f.Status, c.status)
		}
		if got := routing.Route(f).Operator; got != c.want {
			t.Errorf("%q: operator %q (status %q); want %q", c.text, got, f.Status, c.want)
		}
	}
}
