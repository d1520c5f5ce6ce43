package analysis

// Round 20H of issue 13 — family: the cadre and graduate facts that send the
// operator wrong (Apec where another operator is due, or the reverse).
//
// Rule 1, a graduate employed as a non-cadre who looks for a cadre post.
// cep-domain.md §1.3 row 6 reads « Cadre (employed in the private sector,
// or job seeker who was cadre) or graduate bac+3+ looking for a cadre
// job »: the graduate's branch asks a degree held and a cadre post looked
// for, not job seeking. « Je ne suis pas cadre mais j'ai un bac+5 …
// je cherche un poste de cadre » is therefore Apec's (RUF 2024: the APEC
// serves cadres and graduates in search of a cadre job), while the same
// wish without the degree stays with the regional operator (row 8: only a
// cadre or a bac+3 graduate goes to row 6). The wish is a « cadre » word
// read as wished by the grammar the cadre fact already uses (wished: a
// verb of will or search before it in the clause), never one offered
// (« on me propose un poste de cadre mais je n'en ai pas envie »), denied,
// or a relative's.

// seeksCadreR20h reports a cadre post or status wished by the writer.
func (a *analyser) seeksCadreR20h() bool {
	for _, h := range a.sc.hits {
		if h.p.k != kCadre || h.p.v != "1" || !a.wished(h) {
			continue
		}
		if a.offeredPost(h) || a.cadrePerson(h) || a.negated(h) || a.postNegated(h) || a.ofRelative(h) && !a.relativeOnlySubject() {
			continue
		}
		return true
	}
	return false
}
