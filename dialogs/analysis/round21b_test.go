package analysis_test

import (
	"testing"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
)

// Round 21B: a recognition « pas renouvelée » is no contract that ended;
// « l'accompagnement du handicap » is a field; a denied step of the request
// (« aucune démarche MDPH »), a request waited for at the MDPH, and a
// recognition of a period over are no recognition (lexicon_round21b.go says
// why). Near-misses keep their reading: a contract not renewed, a held or
// renewed RQTH, an RQTH valid until a later year, a request refused or
// pending as before.
func TestRound21BRecognitionNotRenewed(t *testing.T) {
	for _, c := range []struct {
		text, status string
	}{
		// what changes
		{"RQTH expirée depuis 2024, pas renouvelée. Je suis cariste en intérim en mission, 42 ans, Le Mans.", "salarie_prive"},
		{"AAH pas renouvelée, je suis vendeuse en CDI, 42 ans", "salarie_prive"},
		// near-misses that must not change
		{"mon CDD n'a pas été renouvelé, j'ai une RQTH, 42 ans", "demandeur_emploi"},
		{"RQTH depuis 2020, CDD pas renouvelé, 42 ans", "demandeur_emploi"},
		{"j'ai une RQTH, mon contrat pas renouvelé, 42 ans", "demandeur_emploi"},
	} {
		if f := analysis.Analyse(c.text, testNow); f.Status != c.status {
			t.Errorf("%q: status %q, want %q", c.text, f.Status, c.status)
		}
	}
}

func TestRound21BHandicap(t *testing.T) {
	yes, no := true, false
	for _, c := range []struct {
		text string
		want *bool
	}{
		// what changes
		{"Ma fille a une RQTH, moi je suis salariée en CDI comme comptable et je voudrais me reconvertir dans l'accompagnement du handicap. 48 ans.", nil},
		{"je voudrais travailler dans les métiers du handicap, vendeuse en CDI, 35 ans", nil},
		{"je garde des séquelles mais je n'ai fait aucune démarche MDPH. Je suis au chômage, 35 ans.", nil},
		{"pas de dossier MDPH, au chômage, 50 ans", nil},
		{"Bonjour, je suis en attente de la réponse de la MDPH pour ma RQTH. Je suis cuisinier en CDI, 43 ans.", nil},
		{"J'ai été reconnu travailleur handicapé de 2010 à 2015, plus depuis. CDI de magasinier, 49 ans.", nil},
		{"j'avais la RQTH jusqu'en 2020, magasinier en CDI, 49 ans", nil},
		{"J'ai eu la RQTH, plus maintenant, au chômage, 45 ans", nil},
		// near-misses that must not change
		{"J'ai une RQTH valable jusqu'en 2029, magasinier en CDI, 47 ans", &yes},
		{"Je suis reconnu travailleur handicapé depuis 2010, CDI de magasinier, 49 ans.", &yes},
		{"J'ai une RQTH, en cours de renouvellement. Demandeur d'emploi, 51 ans.", &yes},
		{"J'ai eu la réponse de la MDPH pour ma RQTH : accordée. Au chômage, 40 ans.", &yes},
		{"Je suis en situation de handicap, j'ai un dossier MDPH complet, au chômage, 40 ans", &yes},
		{"J'ai un handicap, je voudrais travailler au chômage depuis 2 ans, 45 ans", &yes},
		{"Pas de RQTH, au chômage depuis 2 ans, 56 ans.", &no},
		{"ma RQTH est en cours, au chômage, 46 ans", nil},
	} {
		got := analysis.Analyse(c.text, testNow).Handicap
		if (got == nil) != (c.want == nil) || got != nil && *got != *c.want {
			t.Errorf("%q: handicap %v, want %v", c.text, show(got), show(c.want))
		}
	}
}
