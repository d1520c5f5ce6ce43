package analysis_test

import (
	"testing"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
)

// TestRound14BStatus checks the status rules of round 14B
// (lexicon_round14b.go) on sentences of their own, not taken from
// tuning50; "" is unknown (the dialogue asks).
func TestRound14BStatus(t *testing.T) {
	for _, tc := range []struct{ in, status string }{
		// an end of a public contract within weeks: a job seeker soon
		{"fin de contrat au conseil départemental dans 10 jours, rien en vue", "demandeur_emploi"},
		{"en fin de CDD au centre hospitalier la semaine prochaine", "demandeur_emploi"},
		{"je suis en fin de contrat à la communauté de communes fin du mois", "demandeur_emploi"},
		// months away, undated, or a soldier (Défense mobilité): the agent's door
		{"fin de contrat au conseil départemental dans 5 mois", "agent_public"},
		{"je suis en fin de contrat à la mairie, je ne sais pas quoi faire", "agent_public"},
		{"caporal dans l'armée de terre, fin de contrat dans trois semaines", "agent_public"},
		// a public contract just ended (« venir de »)
		{"je viens de finir mon contrat au conseil régional, 41 ans", "demandeur_emploi"},
		{"j'écris pour ma fille, elle vient de terminer son CDD à l'hôpital", "demandeur_emploi"},
		{"je vais finir mon contrat au conseil régional l'an prochain", "agent_public"},
		// the host of a civic service is no employer
		{"je fais mon service civique dans un collège", ""},
		{"volontaire en service civique à la mairie de Lens", ""},
		{"service civique au centre hospitalier depuis octobre", ""},
		// a job beside it, in its own clause, still counts
		{"je fais un service civique, et le week-end je suis serveuse dans un bar en CDI", "salarie_prive"},
		// a primary school named as the place of its canteen: the caterer
		// or the commune? asked
		{"je suis cuisinière à la cantine d'une école maternelle", ""},
		{"aide de cuisine au restaurant scolaire de l'école élémentaire", ""},
		{"je fais le service à la cantine des écoles, 44 ans", ""},
		// the employer named outright, or the school alone, still decide
		{"cuisinier à la cantine de l'école, agent de la commune", "agent_public"},
		{"cuisinière à la cantine de l'école pour Sodexo", "salarie_prive"},
		{"agent d'entretien à l'école primaire", "agent_public"},
		// the micro-entreprise declared, in an aside or with a landscaper
		{"traductrice en freelance (micro), 34 ans", "auto_entrepreneur"},
		{"coach sportif indépendant, en micro, Lyon", "auto_entrepreneur"},
		{"jardinier paysagiste auto-entrepreneur depuis 2020", "auto_entrepreneur"},
		{"paysagiste à mon compte, 50 ans", "independant"},
		{"graphiste indépendant, micro-ondes en panne au bureau", "independant"},
		// a job told in the past after a search does not supersede it
		{"au chômage depuis huit mois, j'étais préparateur de commandes", "demandeur_emploi"},
		{"je cherche un emploi depuis mars, avant j'étais aide-soignante en CDI", "demandeur_emploi"},
		{"licencié en 2021, depuis je suis en CDI chez un transporteur", "salarie_prive"},
		// a « puis » after a wish orders a plan: the job before is held
		{"je suis gérante d'un bar et je voudrais le vendre puis me reconvertir", "independant"},
		{"fonctionnaire territorial, je compte passer un concours puis changer de service", "agent_public"},
		{"ma mère est commerçante et elle aimerait céder sa boutique puis se former", "independant"},
		// a « puis » of a story: what came before is over
		{"cinq ans caissière chez Lidl puis auto-entrepreneuse depuis 2023", "auto_entrepreneur"},
		// « je fais » after a past marker of the same clause is the present
		{"retraité de la SNCF et je fais du transport de personnes en micro-entreprise", "auto_entrepreneur"},
		{"j'ai travaillé 20 ans à l'usine et je fais maintenant des ménages en CESU", "salarie_prive"},
		{"j'ai été auto-entrepreneur et je fais rien depuis un an", ""},
		// the private employer named after « employé par », « salarié de »
		{"secrétaire dans une école privée sous contrat, employée par l'association de gestion", "salarie_prive"},
		{"cuisinier au collège privé sous contrat, salarié de l'OGEC depuis 2015", "salarie_prive"},
		{"hôtesse d'accueil à la préfecture, salariée d'une société de gardiennage", "salarie_prive"},
		{"secrétaire à l'école, employée par la mairie", "agent_public"},
		// a shop run with a possessive or an adverb between; VTC as a job
		{"elle tient toujours sa librairie à Quimper, 61 ans", "independant"},
		{"je tiens encore mon bar-tabac, 55 ans", "independant"},
		{"il tient la caisse du magasin le samedi", ""},
		{"chauffeur VTC depuis 2019, je veux changer de métier", "independant"},
		{"VTC en CDI dans une société de transport de personnes", "salarie_prive"},
		{"j'aimerais passer ma carte VTC", ""},
		// the CSP after an economic dismissal; a training paid by France Travail
		{"mon usine a fermé, j'ai accepté le contrat de sécurisation professionnelle", "demandeur_emploi"},
		{"je suis en CSP depuis février, 47 ans", "demandeur_emploi"},
		{"responsable marketing en CDI, ma cible ce sont les CSP+", "salarie_prive"},
		{"en formation d'aide-soignante payée par France Travail", "demandeur_emploi"},
		// a business closed by a relative clause is over
		{"j'avais créé une micro-entreprise de couture, que j'ai fermée l'an dernier. Aujourd'hui je suis vendeuse en CDI", "salarie_prive"},
		{"gérante d'un salon de thé, que j'ai vendu en mars. Depuis je suis au chômage", "demandeur_emploi"},
		{"je suis auto-entrepreneur, que j'adore", "auto_entrepreneur"},
		// a liberal practice and a public workplace: mixed, asked
		{"orthophoniste en libéral et deux jours par semaine à l'hôpital", ""},
		{"kiné libéral, et je fais des vacations à l'hôpital", ""},
		{"ostéopathe libérale, mon cabinet est près de l'hôpital", "profession_liberale"},
		{"orthophoniste en libéral, je reçois des patients envoyés par l'hôpital", "profession_liberale"},
		// « salarié » beside a public-law contract
		{"salariée de droit public à l'office de tourisme", "agent_public"},
		{"je suis salarié au service des eaux de la communauté urbaine, en CDI de droit public", "agent_public"},
		{"je suis salarié d'une PME en CDI, ma femme est contractuelle de droit public", "salarie_prive"},
	} {
		if got := analysis.AnalyseRules(tc.in, testNow).Status; got != tc.status {
			t.Errorf("Analyse(%q).Status = %q, want %q", tc.in, got, tc.status)
		}
	}
}

// TestRound14BAges checks that the age at which a diploma was taken, or
// the age bounding a past period, is not the age of now (0: none found).
func TestRound14BAges(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want int
	}{
		{"BEP électrotechnique à 17 ans, puis quinze ans en usine, 39 ans aujourd'hui", 39},
		{"bac à 18 ans puis l'armée, j'ai 35 ans", 35},
		{"en CDI dans la grande distribution jusqu'à 28 ans, 41 ans maintenant", 41},
		{"CAP cuisine à 16 ans", 0},
		// a diploma to take: the age of now
		{"passer un BTS à 45 ans, c'est possible ?", 45},
		{"bac en poche et à 19 ans je cherche un job", 19},
		{"depuis le bac je fais rien j ai 20 ans", 20},
	} {
		if got := analysis.AnalyseRules(tc.in, testNow).Age; got != tc.want {
			t.Errorf("Analyse(%q).Age = %d, want %d", tc.in, got, tc.want)
		}
	}
}

// TestRound14BDegrees checks that a trade's licence is no degree, and
// that a degree named after a licensed trade still is.
func TestRound14BDegrees(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"ancien chauffeur de taxi au chômage, j'ai revendu ma licence", false},
		{"je tiens un bar depuis 10 ans, la licence est à mon nom", false},
		{"ma femme est VTC, elle a eu sa licence l'an dernier", false},
		{"j'ai tenu un bar, j'ai une licence de droit, au chômage", true},
		{"au chômage, j'ai une licence, 35 ans", true},
	} {
		f := analysis.AnalyseRules(tc.in, testNow)
		if got := f.JeuneDiplome != nil && *f.JeuneDiplome; got != tc.want {
			t.Errorf("Analyse(%q).JeuneDiplome = %v, want %v", tc.in, got, tc.want)
		}
	}
}

// TestRound14BCadre checks that « après N ans comme cadre » after a wish
// is the writer's past, not the job sought ("nil": unknown).
func TestRound14BCadre(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"je recherche un poste de responsable RH après 12 ans comme cadre", "true"},
		{"au chômage, je voudrais rebondir après vingt ans de statut cadre", "true"},
		{"je cherche un poste de cadre dans la logistique", "nil"},
		{"je voudrais devenir cadre après quelques années d'expérience", "nil"},
	} {
		f := analysis.AnalyseRules(tc.in, testNow)
		got := "nil"
		if f.Cadre != nil {
			got = map[bool]string{true: "true", false: "false"}[*f.Cadre]
		}
		if got != tc.want {
			t.Errorf("Analyse(%q).Cadre = %s, want %s", tc.in, got, tc.want)
		}
	}
}
