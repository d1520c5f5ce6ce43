package analysis_test

import (
	"testing"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
)

// Round 23B: job seekers read as private employees (lexicon_round23b.go
// says why): the end of an apprenticeship contract, a closed workplace
// named with everyday words or a relative clause, the employer who closed
// the business, « sans rien », « en attente de mission », « pas repris »,
// « sorti des effectifs ». Near-misses keep theirs: an apprenticeship
// running or ending with the hiring open, an end months ahead, the
// colleagues' dismissal, a contract found again, a contract still running.
func TestRound23BJobSeekers(t *testing.T) {
	for _, c := range []struct{ text, status string }{
		// what changes
		{"Je suis en fin de contrat d'apprentissage (CAP maçon) le 31 juillet, mon patron ne me garde pas. 19 ans, Épinal.", "demandeur_emploi"},
		{"fin de contrat de professionnalisation le 30 juin, 24 ans, Lyon", "demandeur_emploi"},
		{"Bjr je suis cuisinier, le resto a fermé (liquidation) en mai, 33 ans, Nice", "demandeur_emploi"},
		{"Je suis barman, le bar où j'étais en CDI a fermé en février, je cherche un vrai poste, 29 ans", "demandeur_emploi"},
		{"Je suis plombier, mon patron a pris sa retraite et fermé la boîte, 44 ans, Brest", "demandeur_emploi"},
		{"Saisonnière, l'hôtel ne m'a pas reprise cette année et je me retrouve sans rien jusqu'en décembre, 35 ans", "demandeur_emploi"},
		{"intérimaire en attente de mission, 41 ans, Rouen", "demandeur_emploi"},
		{"Je suis serveur, le patron m'a pas repris cette saison, 40 ans", "demandeur_emploi"},
		{"technicien cadre, rupture co signée, sortie des effectifs le 3 juillet, 45a, Antibes", "demandeur_emploi"},
		// near-misses that must not change
		{"Bonjour, je suis en fin de contrat de professionnalisation, j'ai 24 ans, je ne sais pas si je vais être embauché", "salarie_prive"},
		{"Je suis en contrat d'apprentissage jusqu'en 2027, 20 ans, Tours", "salarie_prive"},
		{"Je suis délégué du personnel et j'accompagne les collègues licenciés, moi je reste en poste, opérateur, 52 ans, Cholet", "salarie_prive"},
		{"Je suis cariste en CDI chez Geodis, j'ai peur d'être licencié car il y a un PSE en préparation, 45 ans", "salarie_prive"},
		{"Je suis intérimaire en mission chez Airbus depuis 14 mois, ajusteur, 35 ans, Blagnac", "salarie_prive"},
		{"Je suis en arrêt maladie, mon contrat de chef d'équipe est toujours en cours, 48 ans, Dijon", "salarie_prive"},
		{"Mon mari a été licencié en mai, moi je suis toujours agent de production en CDI chez Bigard, 47 ans", "salarie_prive"},
	} {
		if f := analysis.Analyse(c.text, testNow); f.Status != c.status {
			t.Errorf("%q: status %q; want %q", c.text, f.Status, c.status)
		}
	}
}
