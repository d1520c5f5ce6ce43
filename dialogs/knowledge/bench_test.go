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
