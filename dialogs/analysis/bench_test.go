package analysis

import (
	"testing"
	"time"
)

// benchMessages are ~200-character messages typical of the first turn.
var benchMessages = []string{
	"Bonjour, je suis au chômage depuis 8 mois et je voudrais me reconvertir dans le paysagisme. J'habite à Rennes, j'ai 34 ans et je n'ai pas de RQTH. Pouvez-vous m'aider svp ?",
	"slt jsui en cdi ds la grande distrib depui 12 ans, jen peu plu, je veu changer de metier. 38 ans, 59000. jaimerai savoir si je peu faire une formation avec mon cpf merci",
	"Madame, Monsieur, fonctionnaire territoriale (adjointe administrative) à la mairie de Nîmes, je souhaiterais être accompagnée dans un projet de mobilité vers un autre service.",
	"Ingénieure (cadre) en CDI dans l'aéronautique, 33 ans, j'ai une RQTH (sclérose en plaques), je voudrais aménager mon poste ou changer de métier. Toulouse, Haute-Garonne.",
}

func BenchmarkAnalyse(b *testing.B) {
	now := benchNow
	Analyse(benchMessages[0], now) // build the lexicon and tables outside the timing
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Analyse(benchMessages[i%len(benchMessages)], now)
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "msgs/s")
}

var benchNow = time.Date(2026, 6, 15, 0, 0, 0, 0, time.UTC)
