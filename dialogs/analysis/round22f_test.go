package analysis_test

import (
	"testing"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
)

// Round 22F: a writer who introduces himself, then writes for another
// person (« Fonctionnaire, je m'adresse à vous pour ma femme… »): the
// writer's status is set aside, the person's is read or asked; the
// writer's own request that names a relative in passing is unchanged.
func TestRound22FWriterThenOther(t *testing.T) {
	for _, c := range []struct{ text, status string }{
		// what changes
		{"Fonctionnaire, je m'adresse à vous pour ma femme qui est au chômage depuis six mois. Elle a 44 ans, on habite à Nantes.", "demandeur_emploi"},
		{"Fonctionnaire, je m'adresse à vous pour ma femme qui voudrait changer de métier. Elle a 43 ans. Lyon.", ""},
		{"Gendarme depuis 20 ans, je vous écris pour mon épouse, 45 ans, qui aimerait se former à la comptabilité. Nous habitons Melun.", ""},
		{"Infirmière libérale, c'est pour ma mère de 57 ans qui aimerait faire un bilan de compétences.", ""},
		{"Je suis au chômage et je m'adresse à vous pour mon mari, 48 ans, qui voudrait faire une VAE. On habite Béthune.", ""},
		{"Agent territorial, je m'adresse à vous pour mon frère, 36 ans, au chômage depuis la fin de son CDD. Il habite Brest.", "demandeur_emploi"},
		{"Enseignante en collège, je vous écris concernant ma fille de 22 ans, titulaire d'un master, qui cherche son premier emploi à Montpellier.", "demandeur_emploi"},
		{"Professeur, je vous écris au sujet de mon mari, il a 44 ans. Il est cadre commercial dans une entreprise privée et veut changer de secteur.", "salarie_prive"},
		// near-misses that must not change
		{"Je suis au chômage, ma femme travaille à la mairie, je veux me former en comptabilité. J'ai 43 ans, Nantes.", "demandeur_emploi"},
		{"Bonjour, je m'adresse à vous pour une reconversion. Je suis professeur certifié depuis 12 ans, 41 ans, à Grenoble.", "agent_public"},
		{"Je m'adresse à vous au sujet de ma reconversion : je suis au RSA depuis un an, ma fille m'aide pour écrire ce message. 50 ans, Amiens.", "demandeur_emploi"},
		{"Fonctionnaire territorial depuis 15 ans, je voudrais me reconvertir. Mon fils m'a conseillé de vous écrire. 48 ans, Lyon.", "agent_public"},
		{"Je suis référente handicap dans une communauté de communes de la Drôme. Je cherche à savoir quelles structures peuvent accompagner un de nos agents, reconnu travailleur handicapé, dans un projet de reconversion.", "agent_public"},
		{"Aide à domicile salariée, je vous écris pour une de mes bénéficiaires dont la fille de 40 ans est au chômage à Lons-le-Saunier.", ""},
	} {
		if f := analysis.Analyse(c.text, testNow); f.Status != c.status {
			t.Errorf("%q: status %q; want %q", c.text, f.Status, c.status)
		}
	}
}
