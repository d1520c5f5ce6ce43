package analysis_test

import (
	"testing"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
)

// TestRound17ARules checks the rules of round 17A (lexicon_round17a.go) on
// sentences of their own, not taken from tuning55 (testNow is 15 June
// 2026). Each phenomenon has a case the rule must not catch.
func TestRound17ARules(t *testing.T) {
	for _, tc := range []struct{ in, status string }{
		// a length of time after a job tells how long the ending job lasted
		{"je suis en préavis de licenciement, plus que deux semaines. Je suis cariste depuis 9 ans et mon chef me regrette.", "demandeur_emploi"},
		{"Rupture conventionnelle signée, je pars dans trois semaines. Comptable, depuis 8 ans dans la même PME.", "demandeur_emploi"},
		{"J'ai été licenciée en 2019. Depuis 4 ans, je suis vendeuse en CDI chez Fnac.", "salarie_prive"},
		{"licencié en 2021, depuis je suis magasinier en CDI", "salarie_prive"},
		// « préavis » is singular: the writer's notice
		{"j'ai démissionné, encore 3 semaines de préavis et je pars, 45 ans", "demandeur_emploi"},
		{"je suis en préavis, il me reste 10 jours", "demandeur_emploi"},
		// the employees an employer counts are not the writer
		{"je suis boulanger, j'ai ma boutique avec deux salariés, 50 ans", "artisan"},
		{"plombier à mon compte, j'ai 3 salariés et je veux vendre ma boîte", "artisan"},
		{"je suis salarié d'une boulangerie depuis 10 ans, 50 ans", "salarie_prive"},
		// « venir de » + infinitive: a job just found is held
		{"je viens de décrocher un poste de magasinier, j'ai commencé lundi", "salarie_prive"},
		{"je viens de signer un CDI chez Norauto, avant je galérais", "salarie_prive"},
		{"je voudrais trouver un emploi de magasinier, 40 ans", "demandeur_emploi"},
		{"je viens de trouver un poste de cariste, je commence le 1er juillet, en attendant je suis au chômage", "demandeur_emploi"},
		// a student job is a job
		{"en L2 de socio, j'ai un job étudiant chez Carrefour, 20 ans", "" /* a student with a private job: asked (round 20J) */},
		{"étudiante en L2, je cherche un job étudiant pour l'été, 20 ans", "etudiant"},
		// « venir de signer » a rupture conventionnelle
		{"je viens de signer ma rupture conventionnelle, 48 ans, comptable", "demandeur_emploi"},
		{"je voudrais signer une rupture conventionnelle, je suis en CDI chez Orange", "salarie_prive"},
		// working « pour moi » is working on one's own account
		{"je suis plombier, je bosse pour moi depuis 2015", "artisan"},
		{"je suis plombier salarié chez Dalkia, mon apprenti travaille pour moi", "salarie_prive"},
		// the school where one studies is no employer
		{"je suis en terminale au lycée Jean Moulin et je travaille le dimanche dans la ferme de mon oncle, 18 ans", "etudiant"},
		{"je suis surveillant au lycée Jean Moulin, 24 ans", "agent_public"},
		// a job named by job offers is not a job held now
		{"Licenciée économique le mois dernier. Aujourd'hui les offres de comptable demandent toutes un logiciel que je ne connais pas.", "demandeur_emploi"},
		{"Licencié en 2020. Aujourd'hui je suis comptable en CDI chez Fiducial.", "salarie_prive"},
		// a contract named in parentheses, then its end
		{"mon contrat aidé (CUI) dans une association se termine dans 3 semaines, 45 ans", "demandeur_emploi"},
		{"mon CDD (remplacement) chez Lidl se termine le mois prochain", "demandeur_emploi"},
		{"mon contrat aidé (CUI) dans une association court jusqu'en 2028, 45 ans", "salarie_prive"},
		// a student contract with its hours before the university
		{"en L3, j'ai un contrat étudiant de 12 h par semaine à la BU", "agent_public"},
		{"étudiante en L3 à la fac, je cherche un contrat étudiant à la BU", "etudiant"},
		// who owns the business runs it
		{"il a sa propre entreprise de maçonnerie, mon mari, 50 ans, il veut changer", "artisan"},
		{"géomètre, j'ai mon cabinet à mon nom depuis 2010", "profession_liberale"},
		{"je travaille dans la propre entreprise de mon oncle, comme vendeur en CDI", "salarie_prive"},
		// taking over a business makes its head
		{"j'ai repris le garage de mon père en 2022, mécanicien", "artisan"},
		{"j'ai repris le travail en mars après un arrêt, je suis cariste en CDI", "salarie_prive"},
		{"je voudrais reprendre la boulangerie où je suis vendeuse en CDI", "salarie_prive"},
		// a farmer's installation
		{"installé en viticulture depuis 2019 dans le Bordelais, 38 ans", "independant"},
		{"installée à Lyon depuis 2 ans, je suis comptable en CDI", "salarie_prive"},
		// who keeps a shop, or rents a chair, runs it
		{"je tiens mon institut de beauté depuis 2016 à Niort", "independant"},
		{"je tiens la caisse du magasin, vendeuse en CDI", "salarie_prive"},
		{"coiffeuse, je loue un fauteuil dans un salon depuis 2 ans", "artisan"},
		{"coiffeuse salariée en CDI, je voudrais louer un fauteuil", "salarie_prive"},
		// a search that has lasted is a job seeker's
		{"jeune diplômé d'un BUT, je cherche un emploi depuis 5 mois, 22 ans", "demandeur_emploi"},
		{"vendeur en CDI chez Boulanger, je cherche un poste depuis 3 mois ailleurs", "salarie_prive"},
		// a garden centre is no occupation
		{"je suis en CDD dans une jardinerie depuis avril", "salarie_prive"},
		{"je suis jardinière, 40 ans", ""},
		// a second activity told by its days beside a job: asked
		{"aide-soignante en CDI dans une clinique et auto-entrepreneuse le week-end en onglerie", ""},
		{"vendeur en CDI chez Darty, j'ai aussi une micro-entreprise de dépannage", ""},
		{"auto-entrepreneuse en onglerie, je travaille surtout le samedi", "auto_entrepreneur"},
	} {
		f := analysis.AnalyseRules(tc.in, testNow)
		if f.Status != tc.status {
			t.Errorf("Analyse(%q).Status = %q, want %q", tc.in, f.Status, tc.status)
		}
	}
}

// TestRound17ADegree checks that a degree named as a requirement is no
// degree held (round 17A), while a degree obtained is.
func TestRound17ADegree(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want string
	}{
		{"je veux devenir psychologue, il faut un master, j'ai un BTS, 22 ans", "null"},
		{"22 ans, bac+2, les offres demandent toutes une licence", "null"},
		{"j'ai une licence de gestion, 22 ans, je cherche un emploi", "true"},
	} {
		f := analysis.AnalyseRules(tc.in, testNow)
		got := boolStr(f.JeuneDiplome)
		if got != tc.want {
			t.Errorf("Analyse(%q).JeuneDiplome = %s, want %s", tc.in, got, tc.want)
		}
	}
}

// TestRound17AHandicap checks that a recognition « just obtained » is held
// (round 17A), while one to obtain is not.
func TestRound17AHandicap(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"ma femme vient d'obtenir la RQTH, elle est en CDI dans une banque, 44 ans", true},
		{"je viens d'obtenir ma RQTH, cariste en CDI", true},
		{"je voudrais obtenir la RQTH, cariste en CDI", false},
	} {
		f := analysis.AnalyseRules(tc.in, testNow)
		got := f.Handicap != nil && *f.Handicap
		if got != tc.want {
			t.Errorf("Analyse(%q).Handicap true = %v, want %v", tc.in, got, tc.want)
		}
	}
}

// TestRound17AAge checks « aujourd'hui j'en ai 24 et … » (round 17A).
func TestRound17AAge(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want int
	}{
		{"j'ai quitté le lycée à 17 ans, aujourd'hui j'en ai 23 et je suis serveur en CDI", 23},
		{"des clients, j'en ai 20 et je voudrais en avoir plus, je suis coiffeuse à mon compte", 0},
	} {
		if got := analysis.AnalyseRules(tc.in, testNow).Age; got != tc.want {
			t.Errorf("Analyse(%q).Age = %d, want %d", tc.in, got, tc.want)
		}
	}
}
