package reach

import (
	"strings"
	"testing"

	"github.com/cep-accueil/cepbot/bot/directory"
	"github.com/cep-accueil/cepbot/dialogs/texts"
)

func TestFind(t *testing.T) {
	d := directory.Sample()
	w := texts.FR().Reach
	cases := []struct {
		kind, dep string
		want      []string
		reception bool
	}{
		{directory.KindMissionLocale, "76", []string{"Pour joindre la Mission locale de Rouen et environs :", "Téléphone : 01 99 00 03 02", "Adresse : 38 avenue du Général-Leclerc, 76000 Rouen", "Horaires : lundi et mardi, 8 h 30 – 12 h et 13 h – 16 h 30 ; mercredi, 8 h 30 – 12 h", "Site : https://www.unml.info/"}, false},
		{directory.KindFranceTravail, "35", []string{"Pour joindre France Travail Rennes Rive Gauche :", "Horaires : du lundi au jeudi, 9 h – 12 h et 13 h 30 – 17 h ; vendredi, 9 h – 12 h et 13 h 30 – 16 h"}, false},
		{directory.KindOperateurRegional, "35", []string{"https://mon-cep.org/"}, false},
		{directory.KindAPEC, "", []string{"Pour joindre l'Apec :", "Site : https://www.apec.fr/"}, false},
		{"", "35", []string{"Pour joindre la Plateforme d'accueil du CEP :", "Téléphone : 01 99 00 99 01", "du lundi au vendredi, 9 h – 12 h 30 et 13 h 30 – 17 h 30", "https://mon-cep.org/"}, true},
		{directory.KindOperateurRegional, "", []string{"Plateforme d'accueil du CEP"}, true},
	}
	for _, c := range cases {
		got := Find(d, c.kind, c.dep, "")
		out := got.Render(w)
		if got.Reception != c.reception {
			t.Errorf("Find(%q, %q).Reception = %v, want %v", c.kind, c.dep, got.Reception, c.reception)
		}
		for _, s := range c.want {
			if !strings.Contains(out, s) {
				t.Errorf("Find(%q, %q):\n%s\nwant %q in it", c.kind, c.dep, out, s)
			}
		}
	}
	if out := Find(nil, "", "", "").Render(w); out != w.ContactsNone {
		t.Errorf("no directory: %q", out)
	}
}
