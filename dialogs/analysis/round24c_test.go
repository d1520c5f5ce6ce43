package analysis_test

import (
	"testing"
	"time"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
	"github.com/cep-accueil/cepbot/dialogs/routing"
)

// Round 24C: a training in alternance left is a job seeker (row 7), not the
// apprentice of row 8; a hire told after it, or the training still running,
// keeps the employee.
func TestRound24CAlternanceLeft(t *testing.T) {
	now := time.Date(2026, 6, 15, 9, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		text   string
		status string
		want   string
	}{
		{"Je sors d'un master en alternance, 24 ans, je cherche un CDI", "demandeur_emploi", routing.Apec},
		{"J'ai fini mon BTS en alternance en juin, 21 ans, je cherche un emploi", "demandeur_emploi", routing.MissionLocale},
		{"je sors d un bts en alternance, 20 ans, jcherche du taf a Nantes", "demandeur_emploi", routing.MissionLocale},
		{"Je sors d'une école d'ingénieur en alternance, 24 ans, je cherche un CDI en région lyonnaise", "demandeur_emploi", routing.Apec},
		// a dismissal typed on a phone (« ma boite ma viré », « fai virer »)
		{"bjr jsui en bts sio en alternance mais ma boite ma viré, 20a, jcherche une autre entreprise a lyon", "demandeur_emploi", routing.MissionLocale},
		{"slt jsui en alternance (bts) a la roche sur yon, g 20a, jme sui fai virer de mon entreprise, jcherche 1 autre patron", "demandeur_emploi", routing.MissionLocale},
		// kept: a hire after it, the training still running, « ma boîte ma
		// proposé un CDI »
		{"jsui en alternance, ma boite ma proposé un cdi, 20a, lyon", "salarie_prive", routing.MissionLocale},
		{"J'ai fini mon BTS en alternance et mon patron m'a embauché en CDI, 21 ans, Épinal", "salarie_prive", routing.MissionLocale},
		{"Je sors d'un master en alternance et je suis embauchée en CDI dans la même boîte, 24 ans", "salarie_prive", routing.Apec},
		{"Je suis en master en alternance chez Orange, 24 ans, je cherche un CDI pour la suite", "salarie_prive", routing.MissionLocale},
		{"Je termine mon BTS en alternance, mon contrat finit en juillet, je voudrais rester, 20 ans", "salarie_prive", routing.MissionLocale},
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

// Round 24C: « moi non », « pas moi » after a relative's RQTH say the writer
// has none; « moi aussi » says the writer has one; a relative's RQTH alone
// leaves the writer's unknown, and a message for the relative keeps it.
func TestRound24CRelativesHandicap(t *testing.T) {
	now := time.Date(2026, 6, 15, 9, 0, 0, 0, time.UTC)
	yes, no := true, false
	for _, c := range []struct {
		text     string
		handicap *bool
		want     string
	}{
		{"Mon conjoint a une RQTH, moi non", &no, ""},
		{"ma femme a la rqth moi non, je suis au chomage 44 ans", &no, routing.FranceTravail},
		{"Mon mari est reconnu travailleur handicapé, pas moi. Je suis secrétaire en CDI, 39 ans, Dijon", &no, routing.OperateurRegional},
		{"Mon mari a une RQTH, moi je n'en ai pas. Je cherche un emploi, 38 ans, Poitiers", &no, routing.FranceTravail},
		{"Mon conjoint a une RQTH et moi aussi, je suis au chômage, 47 ans, Tours", &yes, routing.CapEmploi},
		// kept
		{"Ma fille a une RQTH, moi je suis au chômage depuis mars, 48 ans, Caen", nil, routing.FranceTravail},
		{"J'écris pour mon fils de 30 ans, il a une RQTH et cherche un emploi, Metz", &yes, routing.CapEmploi},
	} {
		f := analysis.Analyse(c.text, now)
		if (f.Handicap == nil) != (c.handicap == nil) || f.Handicap != nil && *f.Handicap != *c.handicap {
			t.Errorf("%q: handicap %v; want %v", c.text, f.Handicap, c.handicap)
		}
		if got := routing.Route(f).Operator; got != c.want {
			t.Errorf("%q: operator %q (status %q); want %q", c.text, got, f.Status, c.want)
		}
	}
}

// Round 24C: a job title with its employer, then the loss of that job told
// done, is a job seeker; a loss to come, a colleague's or a relative's, a
// loss followed by a new job keep their old reading ("" = asked).
func TestRound24CTitleThenLoss(t *testing.T) {
	now := time.Date(2026, 6, 15, 9, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		text   string
		status string
	}{
		{"Je suis employée de rayon chez Auchan, licenciée pour faute en mars, 36 ans", "demandeur_emploi"},
		{"Employé libre-service chez Intermarché, licencié pour faute en juin. Je voudrais me former. 33 ans, Cholet", "demandeur_emploi"},
		// kept
		{"Je suis employée de rayon chez Auchan, j'ai peur d'être licenciée, 36 ans", "salarie_prive"},
		{"Je suis employée de rayon chez Auchan, ma collègue a été licenciée en mars, 36 ans", "salarie_prive"},
		{"Licenciée en 2019, depuis je suis chez Lidl comme caissière, 44 ans", "salarie_prive"},
		{"J'ai été licencié de chez Conforama en 2022, aujourd'hui je suis magasinier en CDI chez Leroy Merlin, 49 ans, Rennes", "salarie_prive"},
		{"Je suis employée de rayon chez Auchan, licenciée en 2019, puis embauchée chez Lidl, 36 ans", ""}, // asked, as before
	} {
		f := analysis.Analyse(c.text, now)
		if f.Status != c.status {
			t.Errorf("%q: status %q; want %q", c.text, f.Status, c.status)
		}
	}
}
