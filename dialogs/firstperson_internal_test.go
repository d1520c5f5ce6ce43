package dialogs

import "testing"

// TestFirstPerson: a message about a relative is read in the first person,
// the relative named as the subject included.
func TestFirstPerson(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"il a 17 ans et cherche un emploi", "j'ai 17 ans et je cherche un emploi"},
		{"mon père a 61 ans il est électricien à Niort", "j'ai 61 ans je suis électricien à Niort"},
		{"ma fille de 17 ans a arrêté le lycée", "j'ai 17 ans, j'ai arrêté le lycée"},
		{"Bonjour, mon fils, 19 ans, cherche un apprentissage", "Bonjour, j'ai 19 ans, je cherche un apprentissage"},
		{"Ma mère est aide-soignante", "je suis aide-soignante"},
		{"ma petite-fille cherche du travail", "je cherche du travail"},
		// Not the subject: left as written.
		{"je cherche pour mon père, il a 61 ans", "je cherche pour mon père, j'ai 61 ans"},
		{"j'ai emmené ma fille au lycée", "j'ai emmené ma fille au lycée"},
	} {
		if got := firstPerson(c.in); got != c.want {
			t.Errorf("firstPerson(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestFirstPersonDescription: in a description, the relative named after
// « pour » stays, so the analysis knows for whom the message is written.
func TestFirstPersonDescription(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"je suis fonctionnaire, j'écris pour ma fille de 30 ans", "je suis fonctionnaire, j'écris pour ma fille de 30 ans"},
		{"c'est pour mon fils, il a 17 ans", "c'est pour mon fils, j'ai 17 ans"},
		{"Pour mon père, il a 61 ans", "Pour mon père, j'ai 61 ans"},
		{"ma fille de 17 ans a arrêté le lycée", "j'ai 17 ans, j'ai arrêté le lycée"},
		// someone in the writer's charge (issue 13, proxypro): the age in
		// apposition, read as theirs
		{"je suis infirmière, un patient de 50 ans ne peut plus travailler", "je suis infirmière, un patient, 50 ans ne peut plus travailler"},
		{"une de mes élèves âgée de 17 ans veut travailler", "une de mes élèves, 17 ans veut travailler"},
	} {
		if got := firstPersonDescription(c.in); got != c.want {
			t.Errorf("firstPersonDescription(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestRelativePartForCharge: what a professional says of themselves before
// saying for whom they write is not the person's situation (issue 13).
func TestRelativePartForCharge(t *testing.T) {
	for in, want := range map[string]string{
		"je suis retraitée et bénévole, j'écris pour une personne que j'accompagne, elle est en arrêt maladie": " pour une personne que j'accompagne, elle est en arrêt maladie",
		"je suis en arrêt maladie pour une dépression, c'est pour mon fils":                                    " pour mon fils",
		"c'est pour un jeune que je suis": " pour un jeune que je suis",
	} {
		if got := relativePart(in); got != want {
			t.Errorf("relativePart(%q) = %q, want %q", in, got, want)
		}
	}
}
