package analysis_test

import (
	"testing"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
)

// Round 21T: a professional who states their own job and writes about a
// person in their charge (a pupil, a patient) whose status is not told
// leaves the status asked; « patient » is read as a word, not corrected to
// « paient », so a patient's told status and age are theirs
// (lexicon_round21t.go says why). Near-misses keep a status: the
// professional writing about their own career, the person's own status
// told, a possessive staff member in a transmission.
func TestRound21TProfessionalForThird(t *testing.T) {
	for _, c := range []struct {
		text, status string
		asked        bool
		age          int
	}{
		// what changes
		{"Infirmière scolaire dans un lycée public de Brest, un de mes élèves de 16 ans veut arrêter les cours pour travailler.", "", true, 16},
		{"CPE titulaire dans un collège de Nantes, un élève de 16 ans veut quitter l'école pour faire un CAP en alternance.", "", true, 16},
		{"Éducateur à la PJJ (fonctionnaire), je suis un jeune de 16 ans exclu de son collège qui veut travailler, à Nîmes.", "", true, 16},
		{"Infirmière au CHU de Nantes (titulaire), une de mes patientes de 52 ans me demande à qui s'adresser pour un bilan de compétences.", "", true, 0},
		{"Directrice de SEGPA (fonctionnaire), je vous écris au sujet d'un élève de 16 ans qui refuse l'école et veut travailler.", "", true, 16},
		{"je suis aide soignante titulaire a l hopital de Rodez et je vous ecris pour un patient de 52 ans en arret maladie, il est cariste en cdi et ne pourra plus porter", "salarie_prive", false, 52},
		// near-misses that must not change
		{"Infirmière au CHU de Rouen, je m'occupe de patients âgés depuis 12 ans, je veux changer de service et aller vers la pédiatrie.", "agent_public", false, 0},
		{"Professeur des écoles titulaire à Lille, j'adore mes élèves mais je voudrais me reconvertir dans la menuiserie.", "agent_public", false, 0},
		{"Éducateur à la PJJ (fonctionnaire) depuis 20 ans, je suis des jeunes délinquants et j'aimerais faire un bilan de compétences pour moi.", "agent_public", false, 0},
		{"Assistante sociale, titulaire de la FPT, je vous écris pour un usager de 52 ans au chômage depuis 2 ans, à Calais.", "demandeur_emploi", false, 52},
		{"Bonjour, je suis boucher artisan à Rodez, 58 ans, je voudrais transmettre ma boucherie à mon apprenti et devenir formateur.", "artisan", false, 58},
		{"Fonctionnaire territoriale, je suis une femme de 40 ans et je veux changer de métier.", "agent_public", false, 40},
	} {
		f := analysis.Analyse(c.text, testNow)
		if f.Status != c.status || (f.Doubts&analysis.DoubtStatus != 0) != c.asked || f.Age != c.age {
			t.Errorf("%q: status %q, doubts %b, age %d; want %q, asked %v, age %d", c.text, f.Status, f.Doubts, f.Age, c.status, c.asked, c.age)
		}
	}
}
