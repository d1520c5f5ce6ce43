package knowledge

import "testing"

// Answers a visitor gives to the reception questions (status, age, place,
// project, modality, slot, contact): none is a question.
var nonQuestions = []string{
	"je suis au chômage à Lyon",
	"34 ans",
	"oui",
	"non",
	"75011",
	"je veux me reconvertir dans le paysagisme",
	"salarié en CDI",
	"je suis fonctionnaire",
	"j'ai une RQTH",
	"Marseille",
	"je suis cadre dans une banque",
	"reconversion",
	"formation",
	"je voudrais faire une formation de soudeur",
	"je suis intérimaire",
	"auto-entrepreneur depuis 2 ans",
	"plutôt par téléphone",
	"mardi matin",
	"le premier créneau",
	"mon mail est jean.dupont@example.fr",
	"06 12 34 56 78",
	"je sais pas",
	"peut-être",
	"d'accord",
	"merci beaucoup",
	"bonjour",
	"je suis en arrêt maladie depuis 3 mois",
	"je veux créer mon entreprise",
	"j'ai 52 ans et je viens d'être licencié",
	"je viens de démissionner",
	"j'ai fait un bilan de compétences l'an dernier",
	"je veux faire une VAE",
	"j'ai un CPF de 2000 euros",
	"je travaille à la mairie de Nantes",
	"ok",
	"1",
	"2",
	"visio",
	"sur place",
	"en CDD jusqu'en mars",
	"je cherche du travail dans la restauration",
	"mon contrat se termine fin juin",
	"je suis étudiant en master",
	"Bordeaux 33000",
	"rendez-vous jeudi",
	"je préfère un rendez-vous en visio",
	"je suis inscrit à pôle emploi depuis 2 ans",
	"je suis suivi par la mission locale",
	"je suis en fin de droits à France Travail",
	"aide-soignante en EHPAD",
	"je suis artisan plombier dans le 69",
	"vingt-trois ans",
	"je voudrais changer de métier",
	"quelque chose dans le social",
	"je ne sais pas encore quel métier",
	"j'ai travaillé 10 ans comme comptable",
	"infirmière à l'hôpital, contractuelle",
	"Le 12 à 14h c'est parfait",
	"je veux évoluer dans mon entreprise",
	"je suis en congé parental",
	"on paie le loyer avec le RSA",
	"le deuxième",
	"non merci",
	"oui je suis d'accord",
	"/conseiller",
	"",
	"   ",
}

var questions = []string{
	"c'est quoi la VAE ?",
	"c'est quoi la VAE",
	"cest quoi le cpf",
	"c koi le cpf",
	"ptp c koi",
	"comment utiliser mon cpf",
	"combien de temps dure un bilan",
	"est-ce que le CEP est gratuit",
	"est ce que mon employeur sera au courant",
	"qu'est-ce que la démission-reconversion",
	"quest ce que transitions pro",
	"peut-on faire une VAE sans diplôme",
	"puis-je garder mes allocations pendant une formation",
	"ai-je droit au CPF",
	"existe-t-il une aide pour créer une entreprise",
	"y a-t-il un âge limite",
	"je peux utiliser mon cpf pour le permis ?",
	"je voudrais savoir si j'ai droit au chômage en démissionnant",
	"expliquez-moi le bilan de compétences",
	"des infos sur la VAE svp",
	"bonjour, comment ça marche le CEP",
	"Bonjour. Combien coûte un rendez-vous",
	"ça coûte combien",
	"ça fait combien",
	"il faut payer",
	"je dois payer quelque chose",
	"pourquoi pôle emploi a changé de nom",
	"quels métiers recrutent dans ma région",
	"où trouver un conseiller près de chez moi",
	"à quoi sert un bilan de compétences",
	"j'ai droit au CPF en étant au chômage",
	"le CPF c'est possible pour un fonctionnaire",
	"la démission reconversion ça marche comment",
	"kesako la VAE",
	"dites-moi comment faire une VAE",
	"Je suis vendeuse depuis 8 ans. Je veux devenir fleuriste. Comment faire",
	"qui peut m'aider",
	"pouvez-vous m'expliquer le PTP",
	"faut-il l'accord de mon employeur",
	"mon patron va le savoir ?",
	"cmt ca marche la vae",
	"esque c gratuit",
}

func TestIsQuestionNonQuestions(t *testing.T) {
	if len(nonQuestions) < 40 {
		t.Fatalf("%d non-questions, 40 au moins", len(nonQuestions))
	}
	for _, s := range nonQuestions {
		if IsQuestion(s) {
			t.Errorf("IsQuestion(%q) = true, attendu false", s)
		}
	}
}

func TestIsQuestionQuestions(t *testing.T) {
	for _, s := range questions {
		if !IsQuestion(s) {
			t.Errorf("IsQuestion(%q) = false, attendu true", s)
		}
	}
}

// Every labelled question of testdata/questions.jsonl that expects a card
// is recognised as a question.
func TestIsQuestionLabelled(t *testing.T) {
	miss := 0
	qs := readQuestions(t)
	for _, l := range qs {
		if l.Card != nil && !IsQuestion(l.Q) {
			miss++
			t.Logf("non reconnue : %q", l.Q)
		}
	}
	if miss*20 > len(qs) {
		t.Errorf("%d questions étiquetées non reconnues sur %d", miss, len(qs))
	}
}
