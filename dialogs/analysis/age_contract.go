package analysis

// contractNouns name a kind of contract (« en CDI », « en intérim »).
var contractNouns = map[string]bool{"cdi": true, "cdd": true, "interim": true, "alternance": true, "apprentissage": true, "contrat": true}

// workedVerbs before « N ans en CDI » make it time spent (« j'ai bossé 20
// ans en CDI »).
var workedVerbs = map[string]bool{"bosse": true, "taffe": true, "taf": true, "reste": true, "ete": true, "fais": true, "fait": true, "fini": true}

// contractAfter reports « N ans en CDI » right after a job title or an
// employer (« serveur 21 ans en cdi », « mecano chez Norauto 23 ans en
// cdi »): in a list typed on a phone the number is the writer's age, the
// contract the next item. It is the weakest reading (an age said with « j'ai
// » or alone beats it), and never after a verb of time spent.
func (a *analyser) contractAfter(i, next int) bool {
	toks := a.toks
	if next+1 >= len(toks) || toks[next+1].clause != toks[next].clause {
		return false
	}
	switch n := toks[next+1].s; toks[next].s {
	case "en":
		if !contractNouns[n] {
			return false
		}
	case "au":
		if n != "chomage" && n != "rsa" { // « 34 ans au chomage »
			return false
		}
	default:
		return false
	}
	if i == 0 || toks[i-1].clause != toks[i].clause {
		return false // « …, 20 ans en CDI »: nothing says whose years
	}
	p := toks[i-1]
	return !p.num && !workedVerbs[p.s] && !durationBefore[p.s]
}
