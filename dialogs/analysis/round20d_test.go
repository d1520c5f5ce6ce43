package analysis_test

import (
	"testing"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
)

// TestRound20dPublicPosts checks round 20D on sentences of its own: the
// pupils of the gendarmerie, police and army schools, the probation
// « stagiaire » after a corps, the gendarme in Creole and the phares et
// balises are public agents (cep-domain.md §1.3 row 1); a student nurse,
// a pupil of a lycée and a private firm's intern are not.
func TestRound20dPublicPosts(t *testing.T) {
	for _, tc := range []struct {
		in, status string
	}{
		{"Élève gendarme en école, 20 ans, je me demande si je vais rester.", "agent_public"},
		{"Je suis élève officier à Saint-Cyr, 22 ans, je doute de ma voie.", "agent_public"},
		{"élève gardien de la paix à l'école de police de Nîmes, 24 ans, je veux changer.", "agent_public"},
		{"Je suis greffière stagiaire au tribunal de Lille depuis mars, 40 ans.", "agent_public"},
		{"Gardien de la paix stagiaire à Paris, 27 ans, je voudrais évoluer.", "agent_public"},
		{"Je suis inspecteur stagiaire des finances publiques, 35 ans, Lyon.", "agent_public"},
		{"mwen sé jandam, 30 lanné, Pointe-à-Pitre", "agent_public"},
		{"Marin au service des phares et balises, 45 ans, je vis à Brest.", "agent_public"},
		// near-misses: any status but a public agent's
		{"Je suis élève infirmière en deuxième année à l'IFSI de Tours, 20 ans.", "-"},
		{"Je suis élève en terminale, 17 ans, je veux être gendarme plus tard.", "-"},
		{"Je suis rédactrice stagiaire dans une agence de presse, 23 ans.", "-"},
		{"Je suis technicien stagiaire chez Airbus, 22 ans, fin de mon stage en juin.", "-"},
		{"Je suis attachée de presse stagiaire chez Havas, 22 ans.", "-"},
	} {
		got := analysis.AnalyseRules(tc.in, testNow).Status
		if tc.status == "-" && got == "agent_public" || tc.status != "-" && got != tc.status {
			t.Errorf("%q: status %q, want %q", tc.in, got, tc.status)
		}
	}
}

// TestRound20dGraduates checks the degrees of round 20D (PhD, BUT with
// its speciality, « ingénieure agronome diplômée », a degree dated
// « en 2024 ») and the job search of a « jeune diplômé » of 26 or more,
// with the near-misses: a BUT as a goal, a master under way, a young
// graduate under 26 (rows 3–4 route by age) or of no age told, a student
// enrolled.
func TestRound20dGraduates(t *testing.T) {
	for _, tc := range []struct {
		in     string
		degree bool
		status string
	}{
		{"Hi, I have a PhD in chemistry, 30 y.o., job seeker since May, Lyon.", true, "demandeur_emploi"},
		{"J'ai eu un bac STI2D puis un BUT informatique, terminé en juin, je suis au chômage, 21 ans.", true, "demandeur_emploi"},
		{"Ingénieure agronome diplômée en 2023, je suis au chômage depuis mars, 27 ans.", true, "demandeur_emploi"},
		{"J'ai obtenu en 2024 un master de droit, je suis au chômage, 26 ans, Lyon.", true, "demandeur_emploi"},
		{"Jeune diplômée d'une école de commerce, 27 ans, je cherche mon premier emploi à Lyon.", true, "demandeur_emploi"},
		{"Je suis jeune diplômé, à la recherche d'un premier emploi, j'ai un master, 29 ans. J'habite Reims.", true, "demandeur_emploi"},
		// near-misses
		{"Mon but est de trouver un emploi, je suis au chômage, 30 ans.", false, "demandeur_emploi"},
		{"Je suis en master en 2025 à Lyon, 23 ans.", false, "etudiant"},
		{"Jeune diplômée d'une école de commerce, 24 ans, je cherche mon premier emploi à Lyon.", true, ""},
		{"Jeune diplômée d'une école de commerce, je cherche mon premier emploi à Lyon.", true, ""},
		{"Je suis étudiant en master, jeune diplômé de licence, je cherche un job d'été, 27 ans.", true, "etudiant"},
	} {
		f := analysis.AnalyseRules(tc.in, testNow)
		if got := f.JeuneDiplome != nil && *f.JeuneDiplome; got != tc.degree {
			t.Errorf("%q: degree %v, want %v", tc.in, got, tc.degree)
		}
		if f.Status != tc.status {
			t.Errorf("%q: status %q, want %q", tc.in, f.Status, tc.status)
		}
	}
}
