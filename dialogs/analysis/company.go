package analysis

// companyWeight is the weight of a private-employer hit. « chez » followed
// by a capitalised name in the same clause (« commis chez Paul », « je taf
// chez Cdiscount ») names a company outright, as strongly as the employers
// of the lexicon (w 4): whatever the job title, known or not, the employer
// is a private one. « chez » before a lower-case word keeps its weight (the
// name may be a person's: « chez ma tante » is neutral in the lexicon).
func (a *analyser) companyWeight(h hit) int8 {
	if h.end-h.start != 1 || a.toks[h.start].s != "chez" || h.end >= len(a.toks) {
		return h.p.w
	}
	n := a.toks[h.end]
	if n.cap && !n.num && n.clause == a.toks[h.start].clause {
		return max(h.p.w, 4)
	}
	return h.p.w
}
