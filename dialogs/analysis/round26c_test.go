package analysis_test

import (
	"testing"
	"time"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
)

// Round 26C: a relative's or a friend's situation told, then a request the
// writer makes for themselves: the relative's status is no answer, the
// writer's is asked. The relative's status is kept when the writer shares
// it (« moi aussi » right after it), when the message is for the relative,
// or when the words after a boss or a client tell the writer's own job.
func TestRound26COwnAskAfterRelative(t *testing.T) {
	now := time.Date(2026, 6, 15, 9, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		text   string
		status string
	}{
		// the writer asks for themselves: asked
		{"Ma cousine est au chômage et a eu un CEP, est-ce que c'est gratuit pour moi ?", ""},
		{"Mon mari est fonctionnaire, est-ce que c'est ouvert pour moi aussi ?", ""},
		{"Ma copine est en CDI chez Carrefour, elle pense que je devrais voir un conseiller.", ""},
		{"Mon voisin est au RSA. Je me demande si ce service pourrait m'aider.", ""},
		{"Ma sœur est intérimaire et moi je me pose des questions sur ma carrière, 41 ans.", ""},
		{"Mon conjoint est artisan plombier, le CEP peut-il m'aider à me reconvertir ?", ""},
		{"Mes amies sont toutes au chômage, je voudrais faire un bilan moi aussi.", ""},
		{"Ma femme est agent territorial, puis-je faire un CEP ?", ""},
		{"Mon ex-femme a perdu son emploi en avril, ça m'oblige à penser à ma propre carrière.", ""},
		{"Ma belle-sœur est commerçante, elle aimerait que je vienne travailler avec elle. Le CEP peut-il me conseiller ?", ""},
		// a friend's situation before « m'a conseillé », an apposition
		// after the relative's noun
		{"Un ami au chômage m'a conseillé de vous écrire, je voudrais me reconvertir.", ""},
		{"Une voisine licenciée l'an dernier m'a dit de vous contacter, je voudrais me former.", ""},
		{"Ma cousine, 35 ans, au RSA, m'a conseillé de vous écrire. Est-ce gratuit pour moi ?", ""},
		// kept: the writer shares the status, or states one
		{"Ma sœur est au chômage, moi aussi, 38 ans.", "demandeur_emploi"},
		{"Mon mari est au chômage et moi je suis caissière chez Lidl, est-ce pour moi ?", "salarie_prive"},
		{"Ma femme est en CDI, moi je suis au RSA, est-ce que j'ai droit au CEP ?", "demandeur_emploi"},
		// kept: a child's situation, a parent writing (« je me demande »,
		// « m'aider » ask for the child)
		{"Mon fils de 30 ans est au chômage, je me demande comment l'aider.", "demandeur_emploi"},
		{"Ma fille est au RSA depuis deux ans, pouvez-vous m'aider ?", "demandeur_emploi"},
		// kept: the apposition said of the relative who is the person
		// written for; « un ami » with no verb addressed to the writer
		{"Ma cousine, 35 ans, au RSA, voudrait faire un CEP, elle habite Rouen.", "demandeur_emploi"},
		{"Un ami au chômage et moi aussi, on cherche du travail à Rouen.", "demandeur_emploi"},
		// kept: the writer and the relative in one subject, the boss's
		// words telling the writer's job
		{"Mon mari et moi sommes tous les deux fonctionnaires, c'est pour moi, 45 ans.", "agent_public"},
		{"Mon patron m'a licencié en mai, est-ce que j'ai droit à une formation pour moi ?", "demandeur_emploi"},
	} {
		f := analysis.Analyse(c.text, now)
		if f.Status != c.status {
			t.Errorf("%q: status %q; want %q", c.text, f.Status, c.status)
		}
	}
}

// Round 26C: « un vrai service public » said of the CEP, and « est-ce
// qu'on doit être licencié pour… ? », a condition asked for anyone, are
// no status of the writer's; the writer's own job in the public service,
// or a « on » beside the writer's own words, keeps it.
func TestRound26CGenericQuestions(t *testing.T) {
	now := time.Date(2026, 6, 15, 9, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		text   string
		status string
	}{
		{"On m'a parlé du CEP à la radio, c'est un vrai service public ?", ""},
		{"Ce conseil en évolution, c'est une véritable mission de service public ?", ""},
		{"Est-ce qu'on doit être licencié pour avoir droit à une formation ?", ""},
		{"Doit-on être au chômage pour faire un bilan avec France Travail ?", ""},
		// kept
		{"Je travaille dans le service public hospitalier depuis dix ans, 45 ans.", "agent_public"},
		{"Je suis au chômage, est-ce qu'on doit être inscrit depuis longtemps pour un CEP ?", "demandeur_emploi"},
	} {
		f := analysis.Analyse(c.text, now)
		if f.Status != c.status {
			t.Errorf("%q: status %q; want %q", c.text, f.Status, c.status)
		}
	}
}
