package opinion

import (
	"testing"
)

func TestModelLoads(t *testing.T) {
	m := Default()
	if m.NumFeatures() < 1000 {
		t.Fatalf("embedded model has %d features", m.NumFeatures())
	}
	if len(modelFile) > 1500*1024 {
		t.Errorf("embedded model is %d bytes, over 1.5 MB", len(modelFile))
	}
}

func TestObviousSentences(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Je suis au chômage depuis six mois et inscrite à France Travail.", "demandeur_emploi"},
		{"jsui au chomage depui 1 an", "demandeur_emploi"},
		{"Salarié en CDI dans une entreprise de logistique depuis 10 ans.", "salarie_prive"},
		{"Je suis fonctionnaire territoriale à la mairie de Lyon.", "agent_public"},
		{"Étudiant en licence de droit à l'université, je ne sais pas quoi faire après.", "etudiant"},
		{"Je suis auto-entrepreneur depuis deux ans, je fais du graphisme.", "auto_entrepreneur"},
		{"Infirmière libérale installée en cabinet depuis 15 ans.", "profession_liberale"},
		{"Je suis artisan plombier, j'ai mon entreprise inscrite à la chambre des métiers.", "artisan"},
	} {
		o := Predict(c.text)
		if got, p := o.Best(); got != c.want {
			t.Errorf("%q: best %q (%.2f), want %q (%.2f)", c.text, got, p, c.want, o.P(c.want))
		}
	}
}

func TestDeterministicAndNormalised(t *testing.T) {
	a := Predict("vendeur en cdi chez boulanger, 36 ans, Metz")
	b := Predict("vendeur en cdi chez boulanger, 36 ans, Metz")
	if a != b {
		t.Fatal("two predictions differ")
	}
	var s float32
	for _, p := range a.Probs {
		s += p
	}
	if s < 0.999 || s > 1.001 {
		t.Fatalf("probabilities sum to %v", s)
	}
	if Predict("") == (Opinion{}) {
		t.Fatal("empty text gives no probabilities")
	}
}

func TestForbidden(t *testing.T) {
	for _, p := range []string{"testdata/heldout20.jsonl", "x/heldout21.jsonl", "HELDOUT22.jsonl", "heldout117.jsonl", "heldout-new.jsonl"} {
		if !Forbidden(p) {
			t.Errorf("%s not forbidden", p)
		}
		if _, err := ReadExamples(p); err == nil {
			t.Errorf("%s read", p)
		}
	}
	for _, p := range []string{"testdata/tuning12.jsonl", "testdata/heldout3.jsonl", "testdata/heldout19.jsonl", "holdout.jsonl", "holdout2.jsonl"} {
		if Forbidden(p) {
			t.Errorf("%s forbidden", p)
		}
	}
}

func TestPredictAllocs(t *testing.T) {
	if raceDetector {
		t.Skip("sync.Pool drops items on purpose under the race detector; run without -race")
	}
	text := "slt jsui en cdi ds la grande distrib depui 12 ans, jen peu plu, je veu changer de metier. 38 ans, 59000"
	Predict(text)
	if n := testing.AllocsPerRun(100, func() { Predict(text) }); n > 0 {
		t.Errorf("%v allocations per Predict", n)
	}
}

var benchTexts = []string{
	"Bonjour, je suis au chômage depuis 8 mois et je voudrais me reconvertir dans le paysagisme. J'habite à Rennes, j'ai 34 ans et je n'ai pas de RQTH. Pouvez-vous m'aider svp ?",
	"slt jsui en cdi ds la grande distrib depui 12 ans, jen peu plu, je veu changer de metier. 38 ans, 59000. jaimerai savoir si je peu faire une formation avec mon cpf merci",
	"Madame, Monsieur, fonctionnaire territoriale (adjointe administrative) à la mairie de Nîmes, je souhaiterais être accompagnée dans un projet de mobilité vers un autre service.",
	"Ingénieure (cadre) en CDI dans l'aéronautique, 33 ans, j'ai une RQTH (sclérose en plaques), je voudrais aménager mon poste ou changer de métier. Toulouse, Haute-Garonne.",
}

func BenchmarkPredict(b *testing.B) {
	Predict(benchTexts[0])
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Predict(benchTexts[i%len(benchTexts)])
	}
}
