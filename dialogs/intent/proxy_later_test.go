package intent

import "testing"

// The relative named after the writer's own introduction (persona w2,
// issue 13), and a caregiver's help that stays the caregiver's request.
func TestProxyLaterClause(t *testing.T) {
	yes := []struct{ in, noun string }{
		{"retraité, mon fils de 19 ans a arrêté le lycée, que peut-il faire", "fils"},
		{"je suis retraité, mon mari aussi est retraité, il voudrait retravailler", "mari"},
		{"retraitée depuis peu, ma fille a 23 ans et elle cherche sa voie", "fille"},
		{"je voudrais aider ma fille à trouver sa voie", "fille"},
		{"retraitée, mon mari a 58 ans, il a été licencié, il habite avec moi à Pau", "mari"},
		{"je voudrais aider mon fils handicapé à trouver un emploi", "fils"},
		{"je suis retraitée, je voudrais aider ma fille, elle est âgée de 24 ans", "fille"},
	}
	for _, c := range yes {
		if r, ok := Proxy(c.in); !ok || r.Noun != c.noun {
			t.Errorf("Proxy(%q) = %q, %v; want %q", c.in, r.Noun, ok, c.noun)
		}
	}
	no := []string{
		"je voudrais aider ma mère qui est malade",
		"je voudrais aider ma mère malade à se laver, je cherche un travail à mi-temps",
		"je souhaite accompagner mon père atteint d'Alzheimer et garder un travail",
		"je suis au chômage, mon fils a 3 ans, je veux reprendre",
		"je suis aidante, ma mère est malade, elle a besoin de soins",
		"je suis aidant de mon père malade, je ne travaille plus depuis 2 ans, 55 ans, Dijon, je voudrais reprendre",
		"j'ai 40 ans, mon mari est muté à Lyon, je cherche un emploi là-bas",
	}
	for _, in := range no {
		if r, ok := Proxy(in); ok {
			t.Errorf("Proxy(%q) = %q: the writer's own request", in, r.Noun)
		}
	}
}
