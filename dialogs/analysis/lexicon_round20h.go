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
		if a.offeredPost(h) || a.cadrePerson(h) || a.negated(h) || a.postNegated(h) || a.ofRelative(h) && !a.relativeOnlySubject() || a.wishDeniedR20h(h) || a.cadreSettingR20h(h) {
			continue
		}
		return true
	}
	return false
}

// wishDeniedR20h: the verb of the wish is denied (« je n'ai jamais voulu
// passer cadre », « je ne veux pas être cadre »).
func (a *analyser) wishDeniedR20h(h hit) bool {
	t := a.toks
	for j := h.start - 1; j >= 0 && j >= h.start-6 && t[j].clause == t[h.start].clause; j-- {
		switch t[j].s {
		case "ne", "n", "jamais", "pas", "plus":
			return true
		}
	}
	return false
}

// cadreSettingR20h: « un cadre professionnel stable », « un cadre de
// vie »: the noun of a setting, not the rank.
func (a *analyser) cadreSettingR20h(h hit) bool {
	t := a.toks
	if h.end >= len(t) || t[h.end].clause != t[h.start].clause {
		return false
	}
	switch t[h.end].s {
	case "professionnel", "stable", "familial", "rassurant", "bienveillant", "structurant", "serein", "sain", "agreable":
		return true
	case "de":
		return h.end+1 < len(t) && (t[h.end+1].s == "vie" || t[h.end+1].s == "travail")
	}
	return false
}

// Rule 2, a « cadre » word that names a training or an exam, not a status.
// « une formation de cadre de santé », « le concours de cadre », « l'école
// des cadres »: the cadre status is a rank held under a convention
// collective (cep-domain.md §1.3 row 6: a cadre « employed », or a job
// seeker « who was cadre »); the course or the exam that leads to it is a
// plan, and the cadre fact stays as the rest of the message tells it. The
// noun of the course opens a complement (« de », « des », « du ») that the
// cadre word closes in the same clause, words of the coordination in
// between (« formation de coordinatrice de parcours ou de cadre de
// santé »).
var cadreCourseR20h = map[string]bool{"formation": true, "formations": true, "concours": true, "ecole": true, "ecoles": true,
	"institut": true, "preparation": true, "prepa": true, "diplome": true, "cursus": true, "titre": true, "etudes": true,
	"cycle": true, "master": true}

func (a *analyser) cadreCourseR20h(h hit) bool {
	t := a.toks
	c := t[h.start].clause
	for j := h.start - 1; j >= 1 && j >= h.start-8 && t[j].clause == c; j-- {
		switch t[j].s {
		case "de", "d", "des", "du":
			if cadreCourseR20h[t[j-1].s] && t[j-1].clause == c {
				return true
			}
		}
	}
	return false
}
