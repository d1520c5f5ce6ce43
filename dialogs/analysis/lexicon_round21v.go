package analysis

// Round 21V of issue 13 — family: long life stories where several jobs
// follow each other and the present must be found (cep-domain.md §1.3,
// §4). Found by a gap search (scratch set tuning108, 139 stories written
// for the family before the analyser was run on them: the present told
// first then the past, the present told last, « depuis », « aujourd'hui »,
// dates « de 2005 à 2019 », the present of narration, formal letters in the
// passé simple, public→private and private→public careers, a spouse's job).
//
// The gap closed here: the contract of a former public job told as an
// aside after the job, between commas (« avant j'étais technicien au
// service des routes du département, contractuel, pendant cinq ans »,
// « j'ai été chargée de communication à la mairie, contractuelle, pendant
// trois ans », « j'avais été agent technique dans un lycée, contractuel de
// la région »). The aside has no verb and no subject of its own: it says
// the contract of the job of the clause before, in that clause's tense,
// as round 17H's pastContractAside reads « …, en CDD » and round 20B's
// pastAsideR20b reads « (adjudant-chef) ». Read as the present, the word
// made the former agent a public agent now (row 1) while the job of now
// is private or independent (rows 6–8): « contractuel » is the word of
// the public-law contract (loi 84-16 art. 4, code général de la fonction
// publique L332-1), « titulaire » that of the fonctionnaire (CGFP L11-1),
// « vacataire » that of the occasional public hire — each only the status
// of the job it is said of.
//
// Left as it was: a job told as a hire (« j'ai été embauché comme agent
// technique au lycée, contractuel de la région »), which may still be
// held; the same aside after a clause of the present (« je suis
// agent d'entretien à la Collectivité, contractuel »), which stays the
// present, and an aside holding a marker of now (« contractuelle depuis
// 2021 », « titulaire aujourd'hui »).

// statusAsideWordsR21v are the public-contract words that make such an
// aside.
var statusAsideWordsR21v = map[string]bool{
	"contractuel": true, "contractuelle": true, "contractuels": true, "contractuelles": true,
	"vacataire": true, "vacataires": true,
}

// hireWordsR21v tell a start (« j'ai été embauché comme agent technique au
// lycée, contractuel de la région »): a job begun in the past may still be
// held, so its aside keeps the tense the analyser gives it.
var hireWordsR21v = map[string]bool{
	"embauche": true, "embauchee": true, "recrute": true, "recrutee": true, "entre": true, "entree": true,
	"rejoint": true, "nomme": true, "nommee": true, "integre": true, "reintegre": true, "affecte": true, "affectee": true,
}

// pastStatusAsideR21v marks as past a clause opened, right after a comma,
// by a public-contract word (statusAsideWordsR21v), when the clause before
// is of the past only and the aside is short, with no verb, subject or
// marker of now of its own.
func (a *analyser) pastStatusAsideR21v() {
	sc, t := a.sc, a.toks
	for i := 1; i < len(t); i++ {
		c := t[i].clause
		if t[i-1].clause == c || t[i-1].after != ',' || c == 0 || int(c) >= len(sc.past) || !a.is(i, clsStatusAsideWordsR21v) {
			continue
		}
		if !sc.past[c-1] || sc.present[c-1] || sc.past[c] || sc.present[c] || a.clauseHasR21v(c-1, hireWordsR21v) {
			continue
		}
		n, own := 0, false
		for j := i + 1; j < len(t) && t[j].clause == c; j++ {
			n++
			switch t[j].s {
			case "depuis", "maintenant", "actuellement", "aujourd", "toujours", "encore", "desormais",
				"je", "j", "il", "elle", "on", "nous", "suis", "est", "sont", "reste":
				own = true
			}
		}
		if !own && n <= 4 {
			sc.past[c] = true
			sc.pastFrom[c] = int32(i)
		}
	}
}

// clauseHasR21v reports a word of set in clause c.
func (a *analyser) clauseHasR21v(c int32, set map[string]bool) bool {
	for _, t := range a.toks {
		if t.clause == c && set[t.s] {
			return true
		}
	}
	return false
}
