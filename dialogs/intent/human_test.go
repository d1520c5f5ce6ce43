package intent

import "testing"

func TestHuman(t *testing.T) {
	yes := []string{
		"je veux parler à un humain",
		"je veux un humain",
		"parler à quelqu'un, pas à un robot",
		"Je voudrais parler à une vraie personne",
		"humain",
		"Un conseiller svp",
		"conseiller",
		"je veux un conseiller",
		"j'ai besoin d'une conseillère",
		"est-ce que je peux parler avec un conseiller en évolution professionnelle ?",
		"vous pouvez m'appeler ?",
		"rappelez-moi s'il vous plaît",
		"je préfère téléphoner",
		"quel est votre numéro de téléphone ?",
		"je peux vous appeler ?",
		"c'est un robot ? je veux quelqu'un de réel",
		"pas une machine",
		"quelqu'un peut m'aider ?",
		"je voudrais être rappelée",
		"I want to talk to a human",
		"can I speak to someone",
		"real person please",
		"call me",
		"je veux voir un conseiller",
		"Bonjour, je voudrais joindre un conseiller France Travail",
		"un vrai conseiller svp",
		"mettez-moi en relation avec un conseiller",
		"y a quelqu'un ?",
		"rappelez-moi svp",
		"je préfère qu'on m'appelle",
	}
	no := []string{
		"je veux devenir conseiller bancaire",
		"je suis conseiller clientèle depuis 10 ans",
		"je voudrais être conseillère en insertion",
		"je m'appelle Marie",
		"ils m'appellent souvent pour des missions",
		"je veux travailler avec les gens",
		"je travaille aux ressources humaines",
		"je cherche un poste de conseiller en vente",
		"reconversion comme conseiller funéraire",
		"je suis salarié dans le privé à Lyon",
		"par téléphone",
		"oui",
		"j'ai 45 ans",
		"personne ne m'aide",
		"licence de sciences humaines",
		"je veux un conseiller en gestion de patrimoine comme métier",
		"j'aime le contact humain",
		"je veux un rendez-vous téléphonique",
		"",
	}
	for _, s := range yes {
		if !Human(s) {
			t.Errorf("Human(%q) = false, want true", s)
		}
	}
	for _, s := range no {
		if Human(s) {
			t.Errorf("Human(%q) = true, want false", s)
		}
	}
}
