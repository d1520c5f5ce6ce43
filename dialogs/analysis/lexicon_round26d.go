package analysis

// Round 26D of issue 13 — operator crossings the status alone does not
// settle (scratch set tuning145, written and committed before the analyser
// ran on it; a fifth of it near misses):
//
//   - « Prof contractuelle pas reconduite à la rentrée », « vacataire à la
//     fac, non reconduit »: the participle of a contract not renewed without
//     its auxiliary. « pas été reconduit » (round 13A), « ne sera pas
//     reconduit » (round 17I) and « pas renouvelé » / « non renouvelé »
//     (round 6) were read, « pas reconduite » alone was not, so the public
//     contract word (« contractuelle », « vacataire ») stood alone and sent
//     a job seeker to the employer's door (cep-domain.md §1.3 row 1 instead
//     of row 7: a public contractuel whose contract ended is a job seeker,
//     §4 « fin de CDD »). The event now stands beside the status word, as
//     « pas renouvelé » does: the two statuses of nearly the same strength
//     leave the status asked (calibrated, the rival rule), which is the
//     careful answer when the end may still be weeks ahead; a private
//     contract not renewed (« mon CDD n'est pas reconduit ») is a job
//     seeker as « pas renouvelé » makes one. An end told in the future
//     (« ne sera pas reconduit en septembre ») keeps the readers of dates
//     (endsLater).
//   - « aide médico-psychologique dans un ESAT », « AMP en ESAT »,
//     « ergothérapeute dans un ESAT »: the staff of an ESAT, not its
//     workers (code de l'action sociale et des familles L344-2: the workers
//     are the disabled people the ESAT admits; its staff are employees of
//     the managing association). esatStaff spared the moniteurs, éducateurs,
//     directeurs…; the medical and paramedical titles of an ESAT's staff are
//     added, so their « ESAT » states no disability and Cap emploi (row 5)
//     is not chosen for them (tuning127). Titles of the workers' own tasks
//     (« agent de production », « ouvrier ») are not added, nor
//     « accompagnant », which also names the worker's counsellor (« mon
//     accompagnant à l'ESAT »).

// round26dSpecs are the patterns of round 26D.
var round26dSpecs = []patSpec{
	// « pas reconduite à la rentrée », « non reconduit », « CDD pas
	// reconduit »: a contract not renewed, as « pas renouvelé » (round 6)
	{p: "pas|non reconduit|reconduite|reconduits|reconduites", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
}

// esatStaffWordsR26d are the titles of an ESAT's medical and paramedical
// staff (« aide médico-psychologique », « AMP », « ergothérapeute »),
// added to esatStaffWords.
var esatStaffWordsR26d = []string{"medico", "amp", "ergotherapeute", "psychomotricien", "psychomotricienne", "orthophoniste"}

func init() {
	for _, w := range esatStaffWordsR26d {
		esatStaffWords[w] = true
	}
}

// handicapProspectR26d reports a disability word told as a prospect, not
// held (cep-domain.md §4: true only when stated; L5212-13 makes the
// beneficiaries of the obligation of employment those whose pension or
// recognition is granted): « on parle de me mettre en invalidité », « la
// CPAM m'a parlé d'une pension d'invalidité mais rien n'est fait » (the
// talk word five words back, one more than handicapTalkedOfR24b reads),
// « on m'a dit que je passerais bientôt en invalidité », « je vais passer
// en invalidité ». A recognition held and told with a date (« passé en
// invalidité en 2020 », « depuis ma mise en invalidité », « la sécu vient
// de me mettre en invalidité », tuning60) stays: only the talk words, the
// conditional and future forms of « passer » (the infinitive after « vais »,
// « va » or a modal), and « bientôt », « prochainement » count.
func (a *analyser) handicapProspectR26d(h hit) bool {
	t := a.toks
	if h.p.v != "1" {
		return false
	}
	c := t[h.start].clause
	for j := h.start - 1; j >= 0 && j >= h.start-6 && t[j].clause == c; j-- {
		switch t[j].s {
		case "parle", "parlent", "parlait", "evoque", "evoquent", "evoquait", "envisage", "envisagent", "suggere", "suggerent",
			"passerais", "passerai", "passera", "passerait", "bientot", "prochainement":
			return true
		case "passer":
			if j > 0 && (modalWords[t[j-1].s] || t[j-1].s == "va") {
				return true // « je vais passer en invalidité »
			}
		}
	}
	return false
}
