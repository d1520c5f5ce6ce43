package analysis

// Round 20E of issue 13: the job of a season that is not the season of
// now. « saisonnier en Corse, serveur l'été, 27 ans, je cherche une
// formation pour l'hiver », written in December, tells a summer job: in
// December it does not run, and the message does not say whether the
// writer works elsewhere, draws the allowance between seasons (row 7 of
// cep-domain.md §1.3, « seasonal off-season ») or has left it. The
// seasonal contract is a CDD of private law (code du travail L1242-2 3°)
// that holds only while the season runs: the status is asked rather than
// read as an employee's (row 8). A word of now (« actuellement », « en ce
// moment », « cette saison »), a contract named or an end ahead
// (« cdd saisonnier … finit fin avril », « jusqu'en octobre »,
// seasonRunsR20b) keeps the job to the rules of the end (dates.go).

// offSeasonR20e reports a message that speaks of seasonal work, names a
// summer or a winter season, and is written outside every season it names.
func (a *analyser) offSeasonR20e() bool {
	if a.now.IsZero() || !a.speaksOfSeasons() {
		return false
	}
	m := int(a.now.Month())
	summerNow := m >= 6 && m <= 9
	winterNow := m == 12 || m <= 3
	summer, winter := false, false
	t := a.toks
	for i, tk := range t {
		switch tk.s {
		case "actuellement", "jusqu", "jusqua", "cdd", "cdi", "contrat", "finit", "termine", "depuis":
			return false // a word of now, or a contract told with its term: left to the rules of the end
		case "moment":
			if i > 0 && t[i-1].s == "ce" {
				return false // « en ce moment »
			}
		case "estivale", "estivales", "estival", "estivaux":
			summer = true
		case "hivernale", "hivernales", "ski":
			winter = true
		case "ete", "hiver":
			if i == 0 || i >= 2 && t[i-2].s == "pour" {
				continue // « une formation pour l'hiver »: a purpose, not the job's season
			}
			switch t[i-1].s {
			case "l", "d", "cet", "en", "les", "chaque":
				if t[i-1].s == "cet" {
					return false // « cet été », « cet hiver »: the season of now or the next one
				}
				if tk.s == "ete" {
					summer = true
				} else {
					winter = true
				}
			}
		case "saison":
			if i+1 < len(t) && t[i+1].s == "ci" || i > 0 && t[i-1].s == "cette" {
				return false // « cette saison »
			}
		}
	}
	if !summer && !winter {
		return false
	}
	return !(summer && summerNow) && !(winter && winterNow)
}
