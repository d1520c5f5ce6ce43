package analysis_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestHeldout3 measures the analysis on testdata/heldout3.jsonl, a set of
// 308 messages written for issue 13 and never used to tune a rule: keep it
// that way (add cases for tuning to cases.jsonl, not here). Targets of the
// issue: wrong operator ≤ 1 %, wrong status ≤ 2 %, unknown ≤ 10 %.
func TestHeldout3(t *testing.T) {
	scoreCorpus(t, readLabelled(t, filepath.Join("testdata", "heldout3.jsonl")), nil)
}

// TestTuning3 is the tuning set of issue 13 (87 messages on the public
// sector, places and negations), distinct from heldout3.
func TestTuning3(t *testing.T) {
	scoreCorpus(t, readLabelled(t, filepath.Join("testdata", "tuning3.jsonl")), map[string]float64{"status.wrong": 2, "operator.wrong": 2})
}

// TestTuning4 is the second tuning set of issue 13 (79 messages: past and
// present, SMS, relatives, overseas, contracts ending).
func TestTuning4(t *testing.T) {
	scoreCorpus(t, readLabelled(t, filepath.Join("testdata", "tuning4.jsonl")), map[string]float64{"status.wrong": 2, "operator.wrong": 2})
}

// TestTuning5 is the third tuning set of issue 13 (50 messages: wishes,
// former jobs, contracts that do not settle the sector, occupations with
// and without employer).
func TestTuning5(t *testing.T) {
	scoreCorpus(t, readLabelled(t, filepath.Join("testdata", "tuning5.jsonl")), map[string]float64{"status.wrong": 2, "operator.wrong": 2})
}

// TestTuning6 is the fourth tuning set of issue 13 (40 messages: public
// positions — disponibilité, détachement, CDD de droit public —, relatives,
// SMS, wishes against the current job).
func TestTuning6(t *testing.T) {
	scoreCorpus(t, readLabelled(t, filepath.Join("testdata", "tuning6.jsonl")), map[string]float64{"status.wrong": 3, "operator.wrong": 3})
}

// TestTuning7 is the fifth tuning set of issue 13 (30 messages: degrees,
// disability stated, pending or denied, cadre status).
func TestTuning7(t *testing.T) {
	scoreCorpus(t, readLabelled(t, filepath.Join("testdata", "tuning7.jsonl")), map[string]float64{"status.wrong": 3, "operator.wrong": 3})
}

// TestAccuracyTable prints, for every labelled set, per field: accuracy,
// wrong rate and unknown rate (go test -run AccuracyTable -v).
func TestAccuracyTable(t *testing.T) {
	sets := []struct{ name, path string }{
		{"corpus-a", ""},
		{"cases", filepath.Join("testdata", "cases.jsonl")},
		{"holdout", filepath.Join("testdata", "holdout.jsonl")},
		{"holdout2", filepath.Join("testdata", "holdout2.jsonl")},
		{"tuning3", filepath.Join("testdata", "tuning3.jsonl")},
		{"tuning4", filepath.Join("testdata", "tuning4.jsonl")},
		{"tuning5", filepath.Join("testdata", "tuning5.jsonl")},
		{"tuning6", filepath.Join("testdata", "tuning6.jsonl")},
		{"tuning7", filepath.Join("testdata", "tuning7.jsonl")},
		{"tuning8", filepath.Join("testdata", "tuning8.jsonl")},
		{"tuning9", filepath.Join("testdata", "tuning9.jsonl")},
		{"tuning10", filepath.Join("testdata", "tuning10.jsonl")},
		{"tuning11", filepath.Join("testdata", "tuning11.jsonl")},
		{"tuning12", filepath.Join("testdata", "tuning12.jsonl")},
		{"tuning13", filepath.Join("testdata", "tuning13.jsonl")},
		{"tuning14", filepath.Join("testdata", "tuning14.jsonl")},
		{"tuning15", filepath.Join("testdata", "tuning15.jsonl")},
		{"tuning16", filepath.Join("testdata", "tuning16.jsonl")},
		{"heldout3", filepath.Join("testdata", "heldout3.jsonl")},
		{"heldout4", filepath.Join("testdata", "heldout4.jsonl")},
		{"heldout5", filepath.Join("testdata", "heldout5.jsonl")},
		{"tuning17", filepath.Join("testdata", "tuning17.jsonl")},
		{"tuning18", filepath.Join("testdata", "tuning18.jsonl")},
		{"tuning19", filepath.Join("testdata", "tuning19.jsonl")},
		{"heldout6", filepath.Join("testdata", "heldout6.jsonl")},
		{"tuning20", filepath.Join("testdata", "tuning20.jsonl")},
		{"heldout7", filepath.Join("testdata", "heldout7.jsonl")},
		{"tuning21", filepath.Join("testdata", "tuning21.jsonl")},
		{"tuning22", filepath.Join("testdata", "tuning22.jsonl")},
		{"tuning23", filepath.Join("testdata", "tuning23.jsonl")},
		{"tuning24", filepath.Join("testdata", "tuning24.jsonl")},
		{"tuning25", filepath.Join("testdata", "tuning25.jsonl")},
		{"tuning26", filepath.Join("testdata", "tuning26.jsonl")},
		{"tuning27", filepath.Join("testdata", "tuning27.jsonl")},
		{"tuning28", filepath.Join("testdata", "tuning28.jsonl")},
		{"tuning29", filepath.Join("testdata", "tuning29.jsonl")},
		{"tuning30", filepath.Join("testdata", "tuning30.jsonl")},
		{"tuning31", filepath.Join("testdata", "tuning31.jsonl")},
		{"tuning32", filepath.Join("testdata", "tuning32.jsonl")},
		{"tuning33", filepath.Join("testdata", "tuning33.jsonl")},
		{"tuning34", filepath.Join("testdata", "tuning34.jsonl")},
		{"tuning35", filepath.Join("testdata", "tuning35.jsonl")},
		{"tuning38", filepath.Join("testdata", "tuning38.jsonl")},
		{"tuning39", filepath.Join("testdata", "tuning39.jsonl")},
		{"tuning36", filepath.Join("testdata", "tuning36.jsonl")},
		{"tuning37", filepath.Join("testdata", "tuning37.jsonl")},
		{"heldout8", filepath.Join("testdata", "heldout8.jsonl")},
		{"heldout9", filepath.Join("testdata", "heldout9.jsonl")},
		{"heldout10", filepath.Join("testdata", "heldout10.jsonl")},
		{"heldout11", filepath.Join("testdata", "heldout11.jsonl")},
		{"heldout12", filepath.Join("testdata", "heldout12.jsonl")},
		{"heldout13", filepath.Join("testdata", "heldout13.jsonl")},
		{"heldout14", filepath.Join("testdata", "heldout14.jsonl")},
		{"heldout15", filepath.Join("testdata", "heldout15.jsonl")},
		{"heldout16", filepath.Join("testdata", "heldout16.jsonl")},
		{"heldout17", filepath.Join("testdata", "heldout17.jsonl")},
		{"heldout18", filepath.Join("testdata", "heldout18.jsonl")},
		{"heldout19", filepath.Join("testdata", "heldout19.jsonl")},
		{"heldout20", filepath.Join("testdata", "heldout20.jsonl")},
		{"heldout21", filepath.Join("testdata", "heldout21.jsonl")},
		{"heldout22", filepath.Join("testdata", "heldout22.jsonl")},
		{"heldout23", filepath.Join("testdata", "heldout23.jsonl")},
		{"heldout24", filepath.Join("testdata", "heldout24.jsonl")},
		{"heldout25", filepath.Join("testdata", "heldout25.jsonl")},
		{"heldout26", filepath.Join("testdata", "heldout26.jsonl")},
		{"heldout27", filepath.Join("testdata", "heldout27.jsonl")},
		{"heldout28", filepath.Join("testdata", "heldout28.jsonl")},
		{"heldout29", filepath.Join("testdata", "heldout29.jsonl")},
		{"heldout30", filepath.Join("testdata", "heldout30.jsonl")},
		{"heldout31", filepath.Join("testdata", "heldout31.jsonl")},
		{"heldout32", filepath.Join("testdata", "heldout32.jsonl")},
		{"heldout33", filepath.Join("testdata", "heldout33.jsonl")},
		{"heldout34", filepath.Join("testdata", "heldout34.jsonl")},
		{"heldout35", filepath.Join("testdata", "heldout35.jsonl")},
		{"heldout36", filepath.Join("testdata", "heldout36.jsonl")},
		{"tuning40", filepath.Join("testdata", "tuning40.jsonl")},
		{"tuning41", filepath.Join("testdata", "tuning41.jsonl")},
		{"tuning43", filepath.Join("testdata", "tuning43.jsonl")},
		{"tuning42", filepath.Join("testdata", "tuning42.jsonl")},
		{"tuning44", filepath.Join("testdata", "tuning44.jsonl")},
		{"tuning45", filepath.Join("testdata", "tuning45.jsonl")},
		{"tuning46", filepath.Join("testdata", "tuning46.jsonl")},
		{"tuning47", filepath.Join("testdata", "tuning47.jsonl")},
		{"tuning48", filepath.Join("testdata", "tuning48.jsonl")},
		{"tuning50", filepath.Join("testdata", "tuning50.jsonl")},
		{"tuning49", filepath.Join("testdata", "tuning49.jsonl")},
		{"tuning51", filepath.Join("testdata", "tuning51.jsonl")},
		{"tuning52", filepath.Join("testdata", "tuning52.jsonl")},
		{"tuning53", filepath.Join("testdata", "tuning53.jsonl")},
		{"tuning54", filepath.Join("testdata", "tuning54.jsonl")},
		{"tuning55", filepath.Join("testdata", "tuning55.jsonl")},
		{"tuning56", filepath.Join("testdata", "tuning56.jsonl")},
		{"tuning57", filepath.Join("testdata", "tuning57.jsonl")},
		{"tuning58", filepath.Join("testdata", "tuning58.jsonl")},
		{"tuning59", filepath.Join("testdata", "tuning59.jsonl")},
		{"tuning61", filepath.Join("testdata", "tuning61.jsonl")},
		{"tuning60", filepath.Join("testdata", "tuning60.jsonl")},
		{"tuning63", filepath.Join("testdata", "tuning63.jsonl")},
		{"tuning62", filepath.Join("testdata", "tuning62.jsonl")},
		{"tuning64", filepath.Join("testdata", "tuning64.jsonl")},
		{"tuning65", filepath.Join("testdata", "tuning65.jsonl")},
		{"tuning67", filepath.Join("testdata", "tuning67.jsonl")},
		{"tuning66", filepath.Join("testdata", "tuning66.jsonl")},
		{"tuning69", filepath.Join("testdata", "tuning69.jsonl")},
		{"tuning68", filepath.Join("testdata", "tuning68.jsonl")},
		{"tuning70", filepath.Join("testdata", "tuning70.jsonl")},
		{"tuning71", filepath.Join("testdata", "tuning71.jsonl")},
		{"tuning72", filepath.Join("testdata", "tuning72.jsonl")},
		{"tuning73", filepath.Join("testdata", "tuning73.jsonl")},
		{"tuning74", filepath.Join("testdata", "tuning74.jsonl")},
		{"tuning75", filepath.Join("testdata", "tuning75.jsonl")},
		{"tuning76", filepath.Join("testdata", "tuning76.jsonl")},
		{"tuning77", filepath.Join("testdata", "tuning77.jsonl")},
		{"tuning78", filepath.Join("testdata", "tuning78.jsonl")},
		{"tuning79", filepath.Join("testdata", "tuning79.jsonl")},
		{"tuning80", filepath.Join("testdata", "tuning80.jsonl")},
		{"tuning81", filepath.Join("testdata", "tuning81.jsonl")},
		{"tuning82", filepath.Join("testdata", "tuning82.jsonl")},
		{"tuning83", filepath.Join("testdata", "tuning83.jsonl")},
		{"tuning84", filepath.Join("testdata", "tuning84.jsonl")},
		{"tuning85", filepath.Join("testdata", "tuning85.jsonl")},
		{"tuning86", filepath.Join("testdata", "tuning86.jsonl")},
		{"tuning87", filepath.Join("testdata", "tuning87.jsonl")},
		{"tuning91", filepath.Join("testdata", "tuning91.jsonl")},
		{"tuning94", filepath.Join("testdata", "tuning94.jsonl")},
		{"tuning92", filepath.Join("testdata", "tuning92.jsonl")},
		{"tuning88", filepath.Join("testdata", "tuning88.jsonl")},
		{"tuning93", filepath.Join("testdata", "tuning93.jsonl")},
		{"tuning89", filepath.Join("testdata", "tuning89.jsonl")},
		{"tuning90", filepath.Join("testdata", "tuning90.jsonl")},
		{"tuning96", filepath.Join("testdata", "tuning96.jsonl")},
		{"tuning101", filepath.Join("testdata", "tuning101.jsonl")},
		{"tuning95", filepath.Join("testdata", "tuning95.jsonl")},
		{"tuning100", filepath.Join("testdata", "tuning100.jsonl")},
		{"tuning98", filepath.Join("testdata", "tuning98.jsonl")},
		{"tuning99", filepath.Join("testdata", "tuning99.jsonl")},
		{"tuning103", filepath.Join("testdata", "tuning103.jsonl")},
		{"tuning102", filepath.Join("testdata", "tuning102.jsonl")},
		{"tuning104", filepath.Join("testdata", "tuning104.jsonl")},
		{"tuning105", filepath.Join("testdata", "tuning105.jsonl")},
		{"tuning108", filepath.Join("testdata", "tuning108.jsonl")},
		{"tuning106", filepath.Join("testdata", "tuning106.jsonl")},
		{"tuning107", filepath.Join("testdata", "tuning107.jsonl")},
		{"tuning109", filepath.Join("testdata", "tuning109.jsonl")},
		{"tuning112", filepath.Join("testdata", "tuning112.jsonl")},
		{"tuning111", filepath.Join("testdata", "tuning111.jsonl")},
		{"tuning110", filepath.Join("testdata", "tuning110.jsonl")},
		{"tuning118", filepath.Join("testdata", "tuning118.jsonl")},
		{"tuning117", filepath.Join("testdata", "tuning117.jsonl")},
		{"tuning119", filepath.Join("testdata", "tuning119.jsonl")},
		{"tuning113", filepath.Join("testdata", "tuning113.jsonl")},
		{"tuning115", filepath.Join("testdata", "tuning115.jsonl")},
		{"tuning114", filepath.Join("testdata", "tuning114.jsonl")},
		{"tuning116", filepath.Join("testdata", "tuning116.jsonl")},
		{"tuning123", filepath.Join("testdata", "tuning123.jsonl")},
		{"tuning120", filepath.Join("testdata", "tuning120.jsonl")},
		{"tuning121", filepath.Join("testdata", "tuning121.jsonl")},
		{"tuning122", filepath.Join("testdata", "tuning122.jsonl")},
		{"tuning124", filepath.Join("testdata", "tuning124.jsonl")},
		{"tuning126", filepath.Join("testdata", "tuning126.jsonl")},
		{"tuning125", filepath.Join("testdata", "tuning125.jsonl")},
		{"tuning130", filepath.Join("testdata", "tuning130.jsonl")},
		{"tuning131", filepath.Join("testdata", "tuning131.jsonl")},
		{"tuning129", filepath.Join("testdata", "tuning129.jsonl")},
		{"tuning127", filepath.Join("testdata", "tuning127.jsonl")},
		{"tuning128", filepath.Join("testdata", "tuning128.jsonl")},
		{"tuning133", filepath.Join("testdata", "tuning133.jsonl")},
		{"tuning132", filepath.Join("testdata", "tuning132.jsonl")},
		{"tuning136", filepath.Join("testdata", "tuning136.jsonl")},
		{"tuning137", filepath.Join("testdata", "tuning137.jsonl")},
		{"tuning134", filepath.Join("testdata", "tuning134.jsonl")},
		{"tuning135", filepath.Join("testdata", "tuning135.jsonl")},
		{"tuning138", filepath.Join("testdata", "tuning138.jsonl")},
		{"tuning141", filepath.Join("testdata", "tuning141.jsonl")},
		{"tuning143", filepath.Join("testdata", "tuning143.jsonl")},
		{"tuning144", filepath.Join("testdata", "tuning144.jsonl")},
		{"tuning139", filepath.Join("testdata", "tuning139.jsonl")},
		{"tuning140", filepath.Join("testdata", "tuning140.jsonl")},
		{"tuning145", filepath.Join("testdata", "tuning145.jsonl")},
		{"tuning146", filepath.Join("testdata", "tuning146.jsonl")},
		{"tuning148", filepath.Join("testdata", "tuning148.jsonl")},
		{"tuning147", filepath.Join("testdata", "tuning147.jsonl")},
	}
	var b strings.Builder
	b.WriteString("\nset        field          n    acc %  wrong %  unknown %\n")
	for _, s := range sets {
		path := s.path
		if path == "" {
			path = findCorpus(t, "cep-corpus-a.jsonl")
		}
		if _, err := os.Stat(path); err != nil {
			t.Fatalf("%s: %v", s.name, err)
		}
		scores := measure(readLabelled(t, path))
		for _, f := range scoredFields {
			sc := scores[f]
			if sc.n == 0 {
				continue
			}
			b.WriteString(strings.Join([]string{pad(s.name, 10), pad(f, 12), lpad(itoa(sc.n), 4),
				lpad(fmt1(pct(sc.ok, sc.n)), 8), lpad(fmt1(pct(sc.wrong, sc.n)), 8), lpad(fmt1(pct(sc.unknown, sc.n)), 10)}, " "))
			b.WriteByte('\n')
		}
	}
	t.Log(b.String())
}

func pad(s string, n int) string  { return s + strings.Repeat(" ", max(0, n-len(s))) }
func lpad(s string, n int) string { return strings.Repeat(" ", max(0, n-len(s))) + s }
func itoa(n int) string           { return fmt.Sprint(n) }
func fmt1(v float64) string       { return fmt.Sprintf("%.1f", v) }

// TestHeldout4 measures the analysis on testdata/heldout4.jsonl, 348
// messages written for the second round of issue 13 (SMS, dictation,
// letters, overseas, relatives, unusual public job titles, contracts,
// self-employed, leave, disability, negations, typos, ages in words) before
// any rule of that round was written. Never tune on it: tuning8+ are for that.
func TestHeldout4(t *testing.T) {
	scoreCorpus(t, readLabelled(t, filepath.Join("testdata", "heldout4.jsonl")), nil)
}

// TestTuning8 is the first tuning set of round 2 (120 messages in the
// styles of heldout4 but other sentences): the rules of round 2 were
// written on it.
func TestTuning8(t *testing.T) {
	scoreCorpus(t, readLabelled(t, filepath.Join("testdata", "tuning8.jsonl")), map[string]float64{"status.wrong": 3, "operator.wrong": 3})
}

// TestTuning9 is the second tuning set of round 2 (39 messages: former
// jobs, relatives, private bodies of health and teaching, categories of
// the public service, contracts ending or not).
func TestTuning9(t *testing.T) {
	scoreCorpus(t, readLabelled(t, filepath.Join("testdata", "tuning9.jsonl")), nil)
}

// TestHeldout5 measures the analysis on testdata/heldout5.jsonl, 326
// messages written for the third round of issue 13 (typed on a phone under
// stress, Franglais, regional words, past and present jobs, several people
// in one message, plans and conditionals, job titles of the ROME found in
// both sectors, overseas), committed before any rule of that round. Never
// tune on it and never open its misses: tuning10+ are for that.
func TestHeldout5(t *testing.T) {
	scoreCorpus(t, readLabelled(t, filepath.Join("testdata", "heldout5.jsonl")), nil)
}

// TestTuning10 is the first tuning set of round 3 (121 messages in the
// styles of heldout5 but other sentences: stress, Franglais, regions, past
// and present, relatives, plans, bare job titles, overseas, two statuses).
func TestTuning10(t *testing.T) {
	scoreCorpus(t, readLabelled(t, filepath.Join("testdata", "tuning10.jsonl")), nil)
}

// TestTuning11 is the second tuning set of round 3 (78 messages: everyday
// words for work and its loss, Franglais, former jobs, relatives, plans,
// bare titles, overseas, two activities at once).
func TestTuning11(t *testing.T) {
	scoreCorpus(t, readLabelled(t, filepath.Join("testdata", "tuning11.jsonl")), nil)
}

// TestTuning12 is the third tuning set of round 3 (40 messages: statuses of
// other people — colleagues, clients, a general question —, employers named
// after « chez », negations, wishes to leave, two activities at once).
func TestTuning12(t *testing.T) {
	scoreCorpus(t, readLabelled(t, filepath.Join("testdata", "tuning12.jsonl")), nil)
}

// TestTuning13 is the fourth tuning set of round 3 (50 messages: plans in
// the future tense, job titles of the ROME with their employer, slang for
// a lost job, overseas).
func TestTuning13(t *testing.T) {
	scoreCorpus(t, readLabelled(t, filepath.Join("testdata", "tuning13.jsonl")), nil)
}

// TestTuning14 is the fifth tuning set of round 3 (40 messages: typos in
// status words, pronouns for other people, ages and disability in other
// words, classifications, job titles with their employer, overseas).
func TestTuning14(t *testing.T) {
	scoreCorpus(t, readLabelled(t, filepath.Join("testdata", "tuning14.jsonl")), nil)
}

// TestTuning15 is the sixth tuning set of round 3 (15 messages: former and
// present places, a workplace and a home, a relative's town, a move).
func TestTuning15(t *testing.T) {
	scoreCorpus(t, readLabelled(t, filepath.Join("testdata", "tuning15.jsonl")), nil)
}

// TestTuning16 is the seventh tuning set of round 3 (16 messages: cadre
// said of others, wished or former; ages that are not the writer's;
// a relative's disability).
func TestTuning16(t *testing.T) {
	scoreCorpus(t, readLabelled(t, filepath.Join("testdata", "tuning16.jsonl")), nil)
}

// TestTuning40 is the first tuning set of round 9C (124 messages on jobs at
// the border of the five boxes: students who work, pupils asking about
// apprenticeship, private-law staff in public places, public-law contracts,
// one job with and without its employer, former employers, cumul
// emploi-retraite, intermittents, portage salarial, CESU, independents).
func TestTuning40(t *testing.T) {
	scoreCorpus(t, readLabelled(t, filepath.Join("testdata", "tuning40.jsonl")), nil)
}

// TestTuning41 is the second tuning set of round 9C (120 messages, the same
// populations in other sentences, SMS, stories, relatives).
func TestTuning41(t *testing.T) {
	scoreCorpus(t, readLabelled(t, filepath.Join("testdata", "tuning41.jsonl")), nil)
}

// TestTuning42 is the tuning set of round 10A (153 messages: SMS typing,
// stories past→present, every public branch with contractuels, jobs of both
// sectors with and without employer, relatives, young people, overseas and
// Corsica, independents, interim, ending CDD, leave, RQTH, negated cadres,
// retirees who work).
func TestTuning42(t *testing.T) {
	scoreCorpus(t, readLabelled(t, filepath.Join("testdata", "tuning42.jsonl")), nil)
}

// TestTuning45 is the tuning set of round 12 (100 messages: cadres employed,
// in rupture conventionnelle, dismissed or now in another job, « pas
// cadre », agents de maîtrise and ETAM, young graduates bac+3 to bac+5
// looking for a first job, RQTH with every status and age, invalidity
// pensions, a third typed as on a phone).
func TestTuning45(t *testing.T) {
	scoreCorpus(t, readLabelled(t, filepath.Join("testdata", "tuning45.jsonl")), nil)
}

// TestTuning46 is the tuning set of round 13A (220 messages on the border
// between a job held now and a job that ended or is ending: past tenses,
// « ancien », « ex- », contracts ending within weeks or months, dismissals,
// inaptitude, resignations, interim and seasons over, closed businesses,
// public and self-employed pasts, employees looking for another job or for
// more hours, a past job alone with nothing said of today).
func TestTuning46(t *testing.T) {
	scoreCorpus(t, readLabelled(t, filepath.Join("testdata", "tuning46.jsonl")), nil)
}

// TestTuning47 is the tuning set of round 13B (220 messages, a third typed
// as on a phone): the border between public and private employers — the
// private-law staff of the social security caisses, of EPIC and of
// companies with a public shareholder or a public-sounding name, SEM and
// SPL, mutuelles, associations, private schools under contract or not,
// clinics and EHPAD of each kind, contractors working inside public
// buildings, the army and its contractors, apprentices and contrats aidés
// of public employers (private law) — and messages that do not let a
// careful reader decide the status: vague requests, jobs wished for or
// applied to but not held, the jobs of relatives, past jobs alone.
func TestTuning47(t *testing.T) {
	scoreCorpus(t, readLabelled(t, filepath.Join("testdata", "tuning47.jsonl")), nil)
}

// TestTuning48 is the tuning set of round 13C (220 messages on the operator
// borders that the status does not settle: an RQTH held, asked for, refused
// or expired, an invalidity pension, the AAH, a health problem without
// recognition; cadres and young graduates who seek a job; ages in words,
// implied or given as a birth year, « bientôt 26 »; young employees and
// apprentices; contractuels, vacataires, AESH, public apprentices and PEC;
// overseas and Corsican places and words that look like them — a third typed
// as on a phone, a tenth written for a relative), labelled before any run.
func TestTuning48(t *testing.T) {
	scoreCorpus(t, readLabelled(t, filepath.Join("testdata", "tuning48.jsonl")), nil)
}

// TestTuning50 is the tuning set of round 14B (240 messages on the employer —
// public or private, the private-law staff of public bodies, jobs of both
// sectors with and without their employer — and the self-employed of every
// kind), written in the voices of eight imagined authors by a helper who
// never read the rules, so that the rules of the round are tuned on
// phrasings their authors did not think of.
func TestTuning50(t *testing.T) {
	scoreCorpus(t, readLabelled(t, filepath.Join("testdata", "tuning50.jsonl")), nil)
}

// TestTuning49 is the tuning set of round 14A (240 messages on the border
// between a job held now and a job that ended, is ending or is only looked
// for — employees who seek another job, job seekers who still name their
// former one, cadres out of work —, written in the voices of eight or more
// imagined authors by a helper who never read the rules, labelled before
// any run).
func TestTuning49(t *testing.T) {
	scoreCorpus(t, readLabelled(t, filepath.Join("testdata", "tuning49.jsonl")), nil)
}

// TestTuning51 is the tuning set of round 15A (240 messages over every
// status: half long stories — several jobs and events over the years, other
// people mentioned, the status of now to be told apart from the past — and a
// third typed as SMS), written by a helper who never read the rules, so that
// the round is tuned on phrasings its authors did not think of.
func TestTuning51(t *testing.T) {
	scoreCorpus(t, readLabelled(t, filepath.Join("testdata", "tuning51.jsonl")), nil)
}

// TestTuning52 is the tuning set of round 15B (240 messages on young people
// 16–25 and those who write for them — pupils, students, school leavers,
// apprentices, young graduates, young public agents, service civique, ages
// given in every way, a quarter overseas or in Corsica), written by a helper
// who never read the rules, so that the round is tuned on phrasings its
// author did not think of.
func TestTuning52(t *testing.T) {
	scoreCorpus(t, readLabelled(t, filepath.Join("testdata", "tuning52.jsonl")), nil)
}

// TestTuning53 is the tuning set of round 16A (220 messages on whether the
// person holds a job now — dismissals, resignations, contracts ending,
// notice, missions, seasons, part-time, a job just found —, told as people
// do), written by a helper who never read the rules, so that the round is
// tuned on phrasings its author did not think of.
func TestTuning53(t *testing.T) {
	scoreCorpus(t, readLabelled(t, filepath.Join("testdata", "tuning53.jsonl")), nil)
}

// TestTuning54 is the tuning set of round 16B (220 messages on who employs
// the person — public agents told by their job and employer only, the
// private-law staff of public places, students who work, school leavers and
// young graduates, the self-employed told by what they do), written by a
// helper who never read the rules, so that the round is tuned on phrasings
// its author did not think of.
func TestTuning54(t *testing.T) {
	scoreCorpus(t, readLabelled(t, filepath.Join("testdata", "tuning54.jsonl")), nil)
}

// TestTuning55 is the tuning set of round 17A (220 messages on the
// boundaries between statuses told indirectly: notice periods, ruptures
// conventionnelles, contracts ending, sick or parental leave with a
// contract, part-time work while registered, seasonal workers; students,
// apprentices, dropouts and young graduates against job seekers and
// employees; artisans, indépendants, micro-entrepreneurs and professions
// libérales), written by a helper who never read the rules.
func TestTuning55(t *testing.T) {
	scoreCorpus(t, readLabelled(t, filepath.Join("testdata", "tuning55.jsonl")), nil)
}

// TestTuning56 is the tuning set of round 17B (220 messages on who the
// employer is — public agents named only by their job and workplace, the
// private-law staff of public-sounding places such as the CAF, the CPAM, La
// Poste, the SNCF or EDF, people writing for a relative, and the home told
// apart from the workplace's département), written by a helper who never
// read the rules, so that the round is tuned on phrasings its author did not
// think of.
func TestTuning56(t *testing.T) {
	scoreCorpus(t, readLabelled(t, filepath.Join("testdata", "tuning56.jsonl")), nil)
}

// TestTuning57 is the tuning set of round 17C (220 messages of the whole
// population in its hardest forms — SMS and phone style with abbreviations
// and typos, long rambling stories where the present situation comes after
// past ones, terse telegraphic ones; all statuses, disabilities, ages told in
// many ways), written by a helper who never read the rules, so that the round
// is tuned on phrasings its author did not think of.
func TestTuning57(t *testing.T) {
	scoreCorpus(t, readLabelled(t, filepath.Join("testdata", "tuning57.jsonl")), nil)
}

// TestTuning58 is the tuning set of round 17D (220 messages on young people
// of 16 to 30 and who serves them — mission locale, France Travail, Apec,
// the regional operator —, disability told in many ways: RQTH obtained,
// pending or refused, invalidité, AAH, accident du travail, inaptitude,
// denied; and cadres told indirectly: ingénieur, forfait jours, « je manage
// 12 personnes », agent de maîtrise, ETAM, ancien cadre, pas cadre), written
// by a helper who never read the rules.
func TestTuning58(t *testing.T) {
	scoreCorpus(t, readLabelled(t, filepath.Join("testdata", "tuning58.jsonl")), nil)
}

// TestTuning59 is the tuning set of round 17E (220 messages on people
// outside the usual boxes — retirees who work again or not, ESAT workers,
// intermittents, seasonal workers, long sick leave and congé parental,
// disponibilité and détachement, prison, people back from abroad, au pair
// and service civique, RSA, parents at home, micro-entrepreneurs with no
// turnover, gérants, conjoints collaborateurs, farmers, portage, CESU,
// assistantes maternelles, platforms, people in training, public agents in
// unusual positions), written by a helper who never read the rules, so
// that the round is tuned on phrasings its author did not think of.
func TestTuning59(t *testing.T) {
	scoreCorpus(t, readLabelled(t, filepath.Join("testdata", "tuning59.jsonl")), nil)
}

// TestTuning61 is the tuning set of round 17F (220 messages on people out of
// work who never name the chômage, the demandeur d'emploi status or France
// Travail and tell it by what happened — a company closed, a mission or a
// season ended, years at home, a business sold — and what they do now,
// mixed with people who do work now told as indirectly; and young people of
// 16 to 25 right after school or studies), written by a helper who never
// read the rules.
func TestTuning61(t *testing.T) {
	scoreCorpus(t, readLabelled(t, filepath.Join("testdata", "tuning61.jsonl")), nil)
}

// TestTuning60 is the tuning set of round 17G (240 messages): each one retells
// a hard situation of tuning55–59 in other words — once SMS-style, once as a
// long story, a terse list or a formal letter — with the same labels, so that
// the rules written for one sentence are made to catch the fact however it
// is told.
func TestTuning60(t *testing.T) {
	scoreCorpus(t, readLabelled(t, filepath.Join("testdata", "tuning60.jsonl")), nil)
}

// TestTuning63 is the tuning set of round 17H (220 messages on public or
// private employers — hospitals and EHPAD, schools and universities,
// collectivités, the State, public companies and private-law bodies such as
// the CAF or La Poste, private firms working for public bodies — with the
// contract told: CDD ending, PEC, vacations, disponibilité, détachement,
// rupture conventionnelle, intérim; about half of them without the words
// « fonctionnaire », « salarié », « chômage »), written by a helper who never
// read the rules.
func TestTuning63(t *testing.T) {
	scoreCorpus(t, readLabelled(t, filepath.Join("testdata", "tuning63.jsonl")), nil)
}

// TestTuning62 is the tuning set of round 17i (240 messages): each one retells
// a hard situation of tuning51–54, tuning59 or tuning61 in other words — once
// SMS-style, once as a long story, a terse list or a formal letter — with the
// same labels (jobs ending or just found, employers public or private told
// indirectly, school leavers, relatives writing, disability told indirectly,
// trades), so that the rules written for one sentence are made to catch the
// fact however it is told.
func TestTuning62(t *testing.T) {
	scoreCorpus(t, readLabelled(t, filepath.Join("testdata", "tuning62.jsonl")), nil)
}

// TestTuning64 is a paraphrase set of issue 13 (240: two rewordings — an
// SMS, a long or formal version — of 120 messages of tuning63, 50, 49 and
// 48, same labels).
func TestTuning64(t *testing.T) {
	scoreCorpus(t, readLabelled(t, filepath.Join("testdata", "tuning64.jsonl")), nil)
}

// TestTuning65 is a tuning set of issue 13 (240 messages at the boundaries
// between situations: job seeker or employee, public or private employer,
// young people, home or workplace, facts told indirectly, people outside
// the boxes).
func TestTuning65(t *testing.T) {
	scoreCorpus(t, readLabelled(t, filepath.Join("testdata", "tuning65.jsonl")), nil)
}

// TestTuning67 is a paraphrase set of issue 13 (240: two rewordings — an
// SMS, a long or formal version — of 120 messages of tuning40, 43, 45 and
// 47, same labels).
func TestTuning67(t *testing.T) {
	scoreCorpus(t, readLabelled(t, filepath.Join("testdata", "tuning67.jsonl")), nil)
}

// TestTuning66 is a paraphrase set of issue 13 (240: two rewordings — an
// SMS, a long or formal version — of 120 messages of tuning65, same labels).
func TestTuning66(t *testing.T) {
	scoreCorpus(t, readLabelled(t, filepath.Join("testdata", "tuning66.jsonl")), nil)
}

// TestTuning69 is a tuning set of issue 13 (240 messages by eight new
// voices: seasonal workers, overseas and Corsican residents, formal
// letters, dyslexic spelling, administrative acronyms, the self-employed's
// words, fragments).
func TestTuning69(t *testing.T) {
	scoreCorpus(t, readLabelled(t, filepath.Join("testdata", "tuning69.jsonl")), nil)
}

// TestTuning68 is a tuning set of issue 13 (240 messages by eight new
// voices: phonetic spelling, a job coach's register, an HR manager, French
// learners, youth slang, anger, forms, family stories).
func TestTuning68(t *testing.T) {
	scoreCorpus(t, readLabelled(t, filepath.Join("testdata", "tuning68.jsonl")), nil)
}

// TestTuning70 is a tuning set of issue 13 (240 messages by eight new
// voices: a retiree writing for a neighbour, a union delegate, a social
// worker, farm workers, night-shift carers, teenagers, managers in
// franglais, writers mixing languages).
func TestTuning70(t *testing.T) {
	scoreCorpus(t, readLabelled(t, filepath.Join("testdata", "tuning70.jsonl")), nil)
}

// TestTuning71 is a tuning set of issue 13 (240 messages by eight new
// voices: soldiers and their spouses, school staff, hospital and local
// government agents, disability and chronic illness, long dated stories,
// numbers and abbreviations, young graduates, gig workers and artists).
func TestTuning71(t *testing.T) {
	scoreCorpus(t, readLabelled(t, filepath.Join("testdata", "tuning71.jsonl")), nil)
}

// TestTuning72 is a tuning set of issue 13 (240 messages by eight new
// voices: the third person, very short messages, questions first, past
// jobs listed, administrative in-betweens, cross-border workers, moves
// between public and private, ages at the boundaries).
func TestTuning72(t *testing.T) {
	scoreCorpus(t, readLabelled(t, filepath.Join("testdata", "tuning72.jsonl")), nil)
}

// TestTuning73 is a paraphrase set of issue 13 (240: two rewordings — a
// short and a long one, in the same kind of voice — of 120 messages of
// tuning68–71, same labels).
func TestTuning73(t *testing.T) {
	scoreCorpus(t, readLabelled(t, filepath.Join("testdata", "tuning73.jsonl")), nil)
}
