package knowledge

import "testing"

// BenchmarkAnswer runs Answer over the labelled questions; questions/s is
// reported as a metric.
func BenchmarkAnswer(b *testing.B) {
	qs := readQuestions(b)
	getIndex()
	b.ReportAllocs()
	b.ResetTimer()
	n := 0
	for i := 0; b.Loop(); i++ {
		l := qs[i%len(qs)]
		_ = Answer(l.Q, l.Status)
		n++
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "questions/s")
}

func BenchmarkIsQuestion(b *testing.B) {
	qs := readQuestions(b)
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		_ = IsQuestion(qs[i%len(qs)].Q)
	}
}

func BenchmarkAnswerCold(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		ix := buildIndex(Cards())
		_ = ix.resolve("c'est quoi la VAE ?")
	}
}

// BenchmarkIsQuestionDescriptions: descriptions that are no questions run
// every check (a question mark ends the others early).
func BenchmarkIsQuestionDescriptions(b *testing.B) {
	texts := []string{
		"Bonjour, je suis au chômage depuis 6 mois, j'ai 34 ans, j'habite au 69003 et je voudrais me reconvertir dans l'animation.",
		"J'ai une RQTH depuis 2 ans, je cherche un emploi, j'ai 41 ans et j'habite au Mans.",
		"slt jai 19 ans je cherche du travail et jhabite au 33000",
		"Je suis aide-soignante dans un EHPAD public depuis douze ans, j'ai 47 ans et je voudrais changer de métier, peut-être dans le secrétariat médical.",
	}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		_ = IsQuestion(texts[i%len(texts)])
	}
}
