package analysis_test

import (
	"testing"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
)

// TestRound17ERules checks the rules of round 17E (lexicon_round17e.go) on
// sentences of their own, not taken from tuning59 (testNow is 15 June
// 2026). Each phenomenon has a case the rule must not catch.
func TestRound17ERules(t *testing.T) {
	for _, tc := range []struct{ in, status string }{
		// « je ne cherche pas de travail »: the search is denied
		{"je fais du bénévolat à la bibliothèque, je ne cherche pas de travail, je voudrais juste des infos sur la VAE", ""},
		{"pas de travail depuis un an, 40 ans, je cherche dans la logistique", "demandeur_emploi"},
		// a retiree who « ne travaille plus » is no job seeker
		{"retraité de La Poste depuis 2023, je ne travaille plus du tout, je voudrais aider une association", ""},
		{"je suis à la retraite et je ne travaille plus, est-ce que le CPF marche encore ?", ""},
		{"je ne travaille plus depuis mon licenciement en mars, 45 ans", "demandeur_emploi"},
		{"retraité de l'armée, je ne travaille plus et je cherche un emploi de chauffeur", "demandeur_emploi"},
		// a retirement ahead is no pension (« tenir jusqu'à la retraite »)
		{"je ne travaille plus depuis que l'usine a fermé, je voudrais tenir jusqu'à la retraite avec un petit boulot", "demandeur_emploi"},
		{"jtravaille plus depuis mars, 60 ans, il me reste 2 ans avant la retraite", "demandeur_emploi"},
		// an ESAT worker's placement is no private employer
		{"je travaille dans un ESAT, je suis détaché dans une entreprise de nettoyage, 35 ans", ""},
		{"travailleuse en ESAT, je fais les espaces verts d'une usine", ""},
		{"j'ai quitté l'ESAT l'an dernier, maintenant je suis dans une entreprise adaptée en CDI", "salarie_prive"},
		{"moniteur d'atelier dans un ESAT, je suis salarié de l'association, 45 ans", "salarie_prive"},
		// the volontariat international is no employment
		{"je suis volontaire international en entreprise à Singapour jusqu'en mars, 24 ans", ""},
		{"je fais mon VIE chez un industriel à Munich, 25 ans", ""},
		{"ingénieur en CDI chez un industriel de Toulouse, je voudrais partir en volontariat international", "salarie_prive"},
		{"j'ai 30 ans et je veux changer de vie, je suis vendeur en CDI", "salarie_prive"},
		// a trainee of an adult training body is a job seeker in training
		{"en formation de comptable à l'AFPA depuis février, 40 ans, je cherche un stage", "demandeur_emploi"},
		{"stagiaire au GRETA en CAP petite enfance, 35 ans", "demandeur_emploi"},
		{"stagiaire en centre de rééducation professionnelle, 45 ans, RQTH", "demandeur_emploi"},
		{"formatrice à l'AFPA en CDI depuis dix ans, 50 ans", "salarie_prive"},
		{"vendeuse en CDI, je voudrais faire une formation à l'AFPA", "salarie_prive"},
		{"étudiante en BTS, stagiaire dans une PME de 10 salariés", "etudiant"},
		// « après dix ans comme …, mon contrat s'est terminé »: a period over
		{"Après quinze ans comme comptable dans une PME, mon contrat s'est arrêté, 50 ans", "demandeur_emploi"},
		{"Après huit ans comme chef de chantier pour un groupe du BTP au Maroc, mon contrat s'est terminé en mai, je rentre en France", "demandeur_emploi"},
		{"Après six ans comme responsable d'usine pour un groupe textile en Inde, mon contrat s'est terminé en mars. Je cherche un poste de direction, j'ai toujours été cadre.", ""},
		{"Après quinze ans dans la vente en CDI chez Boulanger, je voudrais changer de métier", "salarie_prive"},
		{"Après huit ans comme chef de chantier pour un groupe du BTP, mon contrat se termine en 2030", "salarie_prive"},
		{"après 12 ans chez un équipementier auto, je suis au chômage depuis mars", "demandeur_emploi"},
		{"après mon BTS, je suis vendeuse en CDI chez Darty depuis 2020", "salarie_prive"},
		// « il a fait la saison comme serveur »: a season done
		{"j'ai fait la saison d'été comme serveuse à Biarritz, maintenant je ne sais pas quoi faire", ""},
		{"je fais la saison d'été comme serveuse à Biarritz en CDD saisonnier, 30 ans", "salarie_prive"},
		// « asmat » is an assistante maternelle
		{"asmat depuis 2015 à Tours, 3 enfants en garde, 45 ans", "salarie_prive"},
		{"je cherche une asmat pour ma fille, je suis au chômage", "demandeur_emploi"},
		// « employée par » a public employer named further on
		{"auxiliaire employée par le service petite enfance de la ville de Lens, contractuelle", "agent_public"},
		{"employée par une association qui gère la crèche, 30 ans", "salarie_prive"},
		// a self-employed trade as the adjective of an employer's workplace
		{"salarié en CDI dans une exploitation viticole, 28 ans, je veux évoluer", "salarie_prive"},
		{"ouvrier dans une exploitation maraîchère en CDI, 40 ans", "salarie_prive"},
		{"je gère mon exploitation maraîchère depuis 2015", "independant"},
		// a contract still running during sick leave
		{"en arrêt depuis un an pour mon dos, je suis toujours sous contrat chez un grossiste, 50 ans", "salarie_prive"},
		{"vendeur, mon contrat court encore jusqu'en décembre, je suis en arrêt", "salarie_prive"},
		{"en arrêt depuis un an pour mon dos, je suis toujours sous contrat avec la mairie de Nîmes", "agent_public"},
		{"je ne suis plus sous contrat depuis mars, 40 ans", ""},
		// certifiés and agrégés are State fonctionnaires; « en dispo depuis »
		{"prof d'anglais certifiée, 38 ans, je veux changer de métier", "agent_public"},
		{"professeur agrégé en lycée, je voudrais passer dans le privé", "agent_public"},
		{"formatrice, titre certifié RNCP en poche, en CDI dans un organisme privé", "salarie_prive"},
		{"en dispo depuis 2022 pour suivre mon mari, je veux reprendre", "agent_public"},
		{"je suis en dispo de suite, 30 ans", ""},
		// released from prison: no job held
		{"sortie de prison en mars, 30 ans, je cherche une formation", "demandeur_emploi"},
		{"je sors de prison dans deux mois, je veux préparer ma sortie", ""},
		{"sorti de prison en 2015, aujourd'hui chef d'équipe en CDI chez Vinci", "salarie_prive"},
		// « après un licenciement »: the cause before the status held now
		{"je me suis mis à mon compte comme plombier il y a deux ans, après un licenciement", "artisan"},
		{"après un licenciement économique en mars, je cherche un emploi de magasinier", "demandeur_emploi"},
		// « avant d'être licencié »: a dismissal not done; « pas de poste léger »
		{"magasinier en CDI, je veux me former avant d'être licencié, 45 ans", "salarie_prive"},
		{"magasinier, j'ai été licencié en mars, 45 ans", "demandeur_emploi"},
		{"cariste en CDI en arrêt, mon employeur n'a pas de poste léger pour moi", "salarie_prive"},
		// the camping, private unless municipal
		{"animatrice en CDD dans un camping à Agde, 25 ans", "salarie_prive"},
		{"animatrice en CDD au camping municipal de Agde, 35 ans", "agent_public"},
		// the children's school is not the writer's
		{"vendeuse en CDI chez Lidl, les enfants sont au lycée, je veux évoluer", "salarie_prive"},
		{"je suis au lycée en terminale, je veux travailler l'été", "etudiant"},
		// « je n'ai pas travaillé depuis … »; said by a retiree, a pension
		{"je n'ai pas travaillé depuis 2019, je voudrais reprendre un emploi, 40 ans", "demandeur_emploi"},
		{"je n'ai pas travaillé depuis la naissance de mon fils en 2015, j'étais serveuse. Je voudrais me relancer.", "demandeur_emploi"},
		{"retraitée depuis 2019, je n'ai pas travaillé depuis, je voudrais une formation en peinture", ""},
		// a sentence opening on a former job, then told stopped
		{"Ancien chef de rayon, agent de maîtrise dans un hypermarché, j'ai arrêté de travailler en 2020 pour m'occuper de ma mère.", "demandeur_emploi"},
		{"Ancien militaire, agent de sécurité en CDI chez Securitas depuis 2019, 45 ans.", "salarie_prive"},
		// a date in the next sentence is not the end of the event before
		{"Je cherche un emploi de vendeur. RQTH valable jusqu'en 2029, 45 ans.", "demandeur_emploi"},
		{"je serai licencié, jusqu'en décembre 2027 je reste vendeur en CDI", "salarie_prive"},
		// the micro-entreprise beside another self-employed word
		{"conseillère VDI en micro-entreprise pour une marque de bijoux, 38 ans", "auto_entrepreneur"},
		{"j'ai créé une micro en jardinage l'an dernier, 50 ans", "auto_entrepreneur"},
		{"consultant indépendant en SASU depuis 2022, avant j'étais en micro-entreprise, 45 ans", "independant"},
		{"graphiste indépendante, je voudrais passer en micro-entreprise", "independant"},
	} {
		f := analysis.AnalyseRules(tc.in, testNow)
		if f.Status != tc.status {
			t.Errorf("Analyse(%q).Status = %q, want %q", tc.in, f.Status, tc.status)
		}
	}
	// « je viens d'obtenir la RQTH » is granted; « je voudrais obtenir la
	// RQTH » is asked for
	for _, tc := range []struct {
		in       string
		handicap bool
	}{
		{"serveur en CDI, je viens d'obtenir la RQTH pour mon dos, 40 ans", true},
		{"elle vient d'obtenir sa RQTH, je suis sa sœur et j'écris pour moi : vendeuse en CDI", false},
		{"serveur en CDI, je voudrais obtenir la RQTH pour mon dos, 40 ans", false},
		// the recent past of « demander » is a request, not a recognition
		// (the merge of rounds 17A and 17E once read it as granted)
		{"serveur en CDI, je viens de demander la RQTH pour mon dos, 40 ans", false},
		{"je viens de faire une demande de RQTH, cariste à Lyon", false},
	} {
		f := analysis.AnalyseRules(tc.in, testNow)
		if got := f.Handicap != nil && *f.Handicap; got != tc.handicap {
			t.Errorf("Analyse(%q).Handicap = %v, want %v", tc.in, got, tc.handicap)
		}
	}
}
