package knowledge

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
	"unicode/utf8"
)

func TestCardsValid(t *testing.T) {
	cs := Cards()
	if len(cs) < 19 {
		t.Fatalf("%d fiches, 19 au moins attendues", len(cs))
	}
	seen := map[string]bool{}
	for _, c := range cs {
		if err := c.Validate(); err != nil {
			t.Error(err)
		}
		if seen[c.ID] {
			t.Errorf("id %q en double", c.ID)
		}
		seen[c.ID] = true
		if n := utf8.RuneCountInString(body(c, "", "")); n > MaxBody {
			t.Errorf("%s : %d caractères", c.ID, n)
		}
		if ByID(c.ID) != c {
			t.Errorf("ByID(%q) ne rend pas la fiche", c.ID)
		}
		// Vouvoiement: no « tu », « ton », « ta », « tes ».
		for _, w := range words(fold(c.Body)) {
			switch w {
			case "tu", "ton", "tes", "toi":
				t.Errorf("%s : tutoiement (%q)", c.ID, w)
			}
		}
	}
	for _, id := range []string{"cep", "cep_confidentiel", "cep_public", "france_travail", "cap_emploi", "mission_locale", "apec", "operateur_regional", "employeur_public", "cpf", "vae", "bilan_competences", "ptp", "demission_reconversion", "periode_reconversion", "creation_reprise", "formation_demandeurs_emploi", "transition_ecologique", "infos_territoire"} {
		if ByID(id) == nil {
			t.Errorf("fiche %q manquante", id)
		}
	}
	if ByID("nope") != nil {
		t.Error("ByID(nope) != nil")
	}
}

// TestCardsSourcesFromDomainDoc checks that every source URL of a card is
// one cited by shared/docs/cep-domain.md (the GitHub mirror of the arrêté
// of 2014 is cited there by repository and path). Skipped when the shared
// folder is not beside the repository.
func TestCardsSourcesFromDomainDoc(t *testing.T) {
	var doc []byte
	for _, p := range []string{"../../../shared/docs/cep-domain.md", "../../shared/docs/cep-domain.md"} {
		if b, err := os.ReadFile(filepath.FromSlash(p)); err == nil {
			doc = b
			break
		}
	}
	if doc == nil {
		t.Skip("shared/docs/cep-domain.md introuvable")
	}
	// Sources vetted beyond the domain document (topics it does not cover,
	// such as sick leave) are listed, with what they were checked for, in
	// testdata/sources.md.
	extra, err := os.ReadFile(filepath.Join("testdata", "sources.md"))
	if err != nil {
		t.Fatal(err)
	}
	const mirror = "https://github.com/etalab/lois-non-codifiees-et-reglements-francais/blob/HEAD/"
	for _, c := range Cards() {
		for _, s := range c.Sources {
			if rest, ok := strings.CutPrefix(s, mirror); ok {
				if !strings.Contains(string(doc), rest) {
					t.Errorf("%s : chemin %q absent de cep-domain.md", c.ID, rest)
				}
				continue
			}
			if !strings.Contains(string(doc), s) && !strings.Contains(string(extra), s) {
				t.Errorf("%s : source %q absente de cep-domain.md et de testdata/sources.md", c.ID, s)
			}
		}
	}
}

func TestParseCardErrors(t *testing.T) {
	good := "---\nid: x\nkind: scheme\ntitle: X\nsources: [https://a.fr]\nreviewed: 2026-01-02\n---\nTexte.\n"
	for name, tc := range map[string]struct {
		data string
		want string
	}{
		"no front matter": {"id: x\n", "commencer"},
		"unterminated":    {"---\nid: x\n", "fin de l'en-tête"},
		"bad yaml":        {"---\nid: [x\n---\nTexte\n", "YAML"},
		"unknown field":   {"---\nid: x\ncolour: red\n---\nTexte\n", "colour"},
		"bad date":        {"---\nid: x\nreviewed: 02/01/2026\n---\nTexte\n", "AAAA-MM-JJ"},
	} {
		if _, err := parseCard("f.md", []byte(tc.data)); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: erreur %v, attendu %q", name, err, tc.want)
		}
	}
	c, err := parseCard("f.md", []byte(strings.ReplaceAll(good, "\n", "\r\n")))
	if err != nil || c.Validate() != nil || c.Body != "Texte." {
		t.Fatalf("CRLF : %v %v %+v", err, c.Validate(), c)
	}
	bad := &Card{ID: "b", Kind: "x", Title: "T", Body: strings.Repeat("é", MaxBody+1), For: []string{"martien"}, Projects: []string{"voyage"}, Sources: []string{"www.a.fr"}}
	err = bad.Validate()
	for _, want := range []string{"kind", "trop long", "martien", "voyage", "www.a.fr", "reviewed"} {
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("Validate : %v, attendu %q", err, want)
		}
	}
	if err := (&Card{}).Validate(); err == nil || !strings.Contains(err.Error(), "aucune source") {
		t.Errorf("empty card: %v", err)
	}
}

func TestLoadCardsDuplicate(t *testing.T) {
	card := "---\nid: x\nkind: scheme\ntitle: X\nsources: [https://a.fr]\nreviewed: 2026-01-02\n---\nTexte.\n"
	fsys := fstest.MapFS{
		"cards/a.md": {Data: []byte(card)},
		"cards/b.md": {Data: []byte(card)},
	}
	if _, err := loadCards(fsys); err == nil || !strings.Contains(err.Error(), "déjà utilisé") {
		t.Errorf("doublon : %v", err)
	}
	fsys["cards/b.md"] = &fstest.MapFile{Data: []byte(strings.Replace(card, "id: x", "id: y", 1))}
	cs, err := loadCards(fsys)
	if err != nil || len(cs) != 2 || cs[0].ID != "x" {
		t.Errorf("loadCards : %v %v", cs, err)
	}
}

func TestAppliesTo(t *testing.T) {
	d := ByID("demission_reconversion")
	for st, want := range map[string]bool{"": true, "salarie_prive": true, "agent_public": false, "demandeur_emploi": false, "independant": false} {
		if got := d.AppliesTo(st); got != want {
			t.Errorf("demission_reconversion.AppliesTo(%q) = %v", st, got)
		}
	}
	if !ByID("cpf").AppliesTo("agent_public") {
		t.Error("cpf doit s'appliquer aux agents publics")
	}
}
