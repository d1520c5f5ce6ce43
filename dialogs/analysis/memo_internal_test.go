package analysis

import "testing"

// The oracle tests of the memos of one message's answers: on every
// labelled text, the memo answers as the function without it, before and
// after status() (which reads it), and status() leaves what the function
// reads unchanged.

func TestBranchMemo(t *testing.T) {
	for _, text := range guardTexts(t) {
		a := preparedAnalyser(text)
		want := a.branchAt()
		if got := a.branch(); got != want {
			t.Errorf("%q: branch %q, branchAt %q", text, got, want)
		}
		var f Facts
		a.status(&f)
		if got, again := a.branch(), a.branchAt(); got != want || again != want {
			t.Errorf("%q after status: branch %q, branchAt %q, before %q", text, got, again, want)
		}
	}
}

// lookUpPlain is lookUpWords before tokenize kept the traits it looked up
// (scratch.pre): one look-up of lexicon.traits per token.
func lookUpPlain(sc *scratch) (traits []wordTraits, ids []wordID, cls wordClass) {
	lx := lex()
	for i := range sc.toks {
		t := lx.traits[sc.toks[i].s]
		traits = append(traits, t)
		ids = append(ids, t.id)
		cls |= t.cls
	}
	return traits, ids, cls
}

// checkLookUp compares lookUpWords with lookUpPlain on text, the tokens
// as findHits reads them (after neutraliseDetention), and on a scratch
// used before for another text.
func checkLookUp(t *testing.T, sc *scratch, text string) {
	t.Helper()
	tokenize(sc, text)
	neutraliseDetention(sc.toks)
	lookUpWords(sc)
	traits, ids, cls := lookUpPlain(sc)
	// (a message without a token keeps the ids of the one before, as
	// before: findHits reads none of them)
	if len(sc.traits) != len(traits) || len(sc.ids) < len(ids) || sc.msgCls != cls {
		t.Fatalf("%q: %d traits %d ids class %x, plain %d %d %x", text, len(sc.traits), len(sc.ids), sc.msgCls, len(traits), len(ids), cls)
	}
	for i := range traits {
		if sc.traits[i] != traits[i] || sc.ids[i] != ids[i] {
			t.Fatalf("%q at %d (%q): traits %+v id %d, plain %+v %d", text, i, sc.toks[i].s, sc.traits[i], sc.ids[i], traits[i], ids[i])
		}
	}
}

func TestLookUpKeptTraits(t *testing.T) {
	sc := &scratch{}
	for _, text := range guardTexts(t) {
		checkLookUp(t, sc, text)
	}
	lx := lex()
	for w, info := range lx.words {
		if e := lx.tokWords[w]; !e.in || len(e.exp) != len(info.exp) || e.tr != lx.traits[w] {
			t.Errorf("tokWords[%q] = %+v, words %+v, traits %+v", w, e, info, lx.traits[w])
		}
	}
	for w, tr := range lx.traits {
		if e := lx.tokWords[w]; e.tr != tr {
			t.Errorf("tokWords[%q].tr = %+v, traits %+v", w, e.tr, tr)
		} else if _, in := lx.words[w]; e.in != in {
			t.Errorf("tokWords[%q].in = %v", w, e.in)
		}
	}
}

func FuzzLookUpKeptTraits(f *testing.F) {
	for _, s := range []string{"", "jsuis o chomage", "vingt-trois ans, 75011 Paris", "chomaaaage cdiiii jhabite demploi",
		"Mwen ni statut cadre", "soy trabajo en", "incarcéré en détention", "j'ai pu de taf", "quatre vingt deux"} {
		f.Add(s)
	}
	sc := &scratch{}
	f.Fuzz(func(t *testing.T, text string) {
		checkLookUp(t, sc, text)
	})
}

// seekerWordPlainR21g is seekerWordR21g before the retirement words
// became a token class.
func seekerWordPlainR21g(a *analyser, f *Facts) bool {
	if f.Status != "demandeur_emploi" || a.ev.family != famStatusWord || a.ev.rival != "" {
		return false
	}
	for _, t := range a.toks {
		if retirementWordsR21g[t.s] {
			return false
		}
	}
	found := false
	for _, h := range a.sc.hits {
		v, w, ok := a.statusCandidate(h)
		if !ok || v != "demandeur_emploi" {
			continue
		}
		for i := h.start; i < h.end; i++ {
			if seekerNotRSAR21g[a.toks[i].s] {
				return false
			}
		}
		if w >= 5 && !h.p.event {
			found = true
		}
	}
	return found
}

// TestRewrittenGuards: the veto's exemptions of rounds 21O, 21W and 22D
// answer as without their guard, and seekerWordR21g as with its loop, on
// every labelled text, for every status (with no rival, as the scans
// need) besides the one found.
func TestRewrittenGuards(t *testing.T) {
	statuses := []string{"", "salarie_prive", "demandeur_emploi", "agent_public", "independant", "auto_entrepreneur",
		"profession_liberale", "artisan", "etudiant", "retraite"}
	for _, text := range guardTexts(t) {
		a := preparedAnalyser(text)
		var found Facts
		a.status(&found)
		for k := -1; k < len(statuses); k++ {
			f := found
			if k >= 0 {
				f.Status = statuses[k]
				a.ev.rival, a.ev.family = "", famStatusWord
			}
			if got, want := a.creoleStatusR21o(&f), a.creoleStatusAtR21o(&f); got != want {
				t.Errorf("%q (%q): creoleStatusR21o %v, plain %v", text, f.Status, got, want)
			}
			if got, want := a.foreignStatusR21w(&f), a.foreignStatusAtR21w(&f); got != want {
				t.Errorf("%q (%q): foreignStatusR21w %v, plain %v", text, f.Status, got, want)
			}
			if got, want := a.foreignStatusR22d(&f), a.foreignStatusAtR22d(&f); got != want {
				t.Errorf("%q (%q): foreignStatusR22d %v, plain %v", text, f.Status, got, want)
			}
			if got, want := a.seekerWordR21g(&f), seekerWordPlainR21g(a, &f); got != want {
				t.Errorf("%q (%q): seekerWordR21g %v, plain %v", text, f.Status, got, want)
			}
		}
	}
}

// workerPlainR22q is workerR22q before its age test came first (and
// without the guard of ageRightAfterR22q).
func workerPlainR22q(a *analyser, i int) (start, noun int) {
	toks := a.toks
	t := toks[i].s
	switch t {
	case "un", "une":
		// (opening its clause: « Une aide-soignante de mon équipe, 44
		// ans… », not « d'une cession de mon exploitation »)
		n := i + 1
		if n < len(toks) && toks[n].s == "jeune" {
			n++
		}
		// the place may follow a name of several words: « une aide-soignante
		// de mon équipe », « une auxiliaire de puériculture de mon équipe »
		ok := false
		for k := n + 1; k+2 < len(toks) && k <= n+4 && toks[k].clause == toks[n].clause && !ok; k++ {
			if (toks[k].s == "de" || toks[k].s == "d") && (toks[k+1].s == "mon" || toks[k+1].s == "ma" || toks[k+1].s == "notre" ||
				toks[k+1].s == "nos") && a.is(k+2, clsOwnedPlaceR18r|clsPlacesR22q) {
				ok = true
			}
		}
		if ok && (i == 0 || toks[i-1].clause != toks[i].clause) && (a.personNounR22q(n) || thirdNounsR18r[toks[n].s]) && a.authorityNotOwnR22q(i) {
			return i, n
		}
	case "mon", "ma", "notre":
		n := i + 1
		if n+2 < len(toks) && (i == 0 || toks[i-1].s != "a") && a.personNounR22q(n) && !a.statusAtR22q(n) && a.ageRightAfterAtR22q(n) &&
			a.authorityNotOwnR22q(i) {
			return i, n
		}
	case "ai", "encadre", "emploie":
		if i == 0 || toks[i-1].s != "j" && toks[i-1].s != "je" || i+3 >= len(toks) || toks[i+1].s != "un" && toks[i+1].s != "une" {
			break
		}
		n := i + 2
		if (thirdNounsR18r[toks[n].s] && (toks[n+1].s == "qui" || a.ageAfterR22q(n, 6)) || a.personNounR22q(n) && !a.statusAtR22q(n) &&
			a.ageRightAfterAtR22q(n)) && a.authorityNotOwnR22q(i) {
			return i + 1, n
		}
	}
	return -1, 0
}

func TestWorkerAgeFirstR22q(t *testing.T) {
	for _, text := range guardTexts(t) {
		a := preparedAnalyser(text)
		for i := range a.toks {
			if got, want := a.ageRightAfterR22q(i), a.ageRightAfterAtR22q(i); got != want {
				t.Errorf("%q at %d: ageRightAfterR22q %v, plain %v", text, i, got, want)
			}
			s1, n1 := a.workerR22q(i)
			s2, n2 := workerPlainR22q(a, i)
			if s1 != s2 || n1 != n2 {
				t.Errorf("%q at %d: workerR22q %d %d, plain %d %d", text, i, s1, n1, s2, n2)
			}
		}
	}
}

// TestGuardsR21u: genericAskR21u and hypotheticalR21u answer as without
// their guards at every hit of every labelled text, and at a status hit put
// at every token; each finds something, or its sweep would test nothing.
func TestGuardsR21u(t *testing.T) {
	for _, tc := range []struct {
		name           string
		probe          *pattern
		guarded, plain func(*analyser, hit) bool
	}{
		{"genericAskR21u", &pattern{k: kStatus, v: "salarie_prive", w: 5}, (*analyser).genericAskR21u, (*analyser).genericAskAtR21u},
		{"hypotheticalR21u", &pattern{k: kStatus, v: "demandeur_emploi", w: 5}, (*analyser).hypotheticalR21u, (*analyser).hypotheticalAtR21u},
	} {
		found := 0
		for _, text := range guardTexts(t) {
			a := preparedAnalyser(text)
			hits := append([]hit(nil), a.sc.hits...)
			for i := range a.toks {
				hits = append(hits, hit{p: tc.probe, start: i, end: i + 1})
			}
			for _, h := range hits {
				got, want := tc.guarded(a, h), tc.plain(a, h)
				if got != want {
					t.Errorf("%q, hit at %d: %s %v, plain %v", text, h.start, tc.name, got, want)
				}
				if want {
					found++
				}
			}
		}
		if found == 0 {
			t.Errorf("%s: nothing found: the sweep tests nothing", tc.name)
		}
		t.Logf("%s: %d found", tc.name, found)
	}
}
