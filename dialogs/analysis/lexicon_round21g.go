package analysis

// Round 21G of issue 13 — family: people without a job and the words for
// it (cep-domain.md §1.3 row 7, §4: « demandeur_emploi includes … au
// chômage, … RSA, people wanting to return to work »). Found by a gap
// search (a scratch set of 134 messages of the family, tuning94: every
// usual wording of chômage, ARE, ASS, fin de droits, CSP, intérim sans
// mission, return after years at home, after prison or illness, overseas,
// relatives writing, negations and past jobs), not by a hunt in the
// labelled sets. The rules read nearly all of it; what was left:
//
//   - « je suis indemnisé(e) par France Travail / Pôle emploi / l'Unédic »:
//     the allowance of the assurance chômage is paid to the worker
//     involuntarily deprived of a job (code du travail L5422-1) by France
//     Travail for the Unédic (L5312-1, L5427-1); the words named no status.
//     « indemnisé » alone is left out (daily allowances of the sécurité
//     sociale are « indemnités » too).
//   - « je suis à l'ARE / à l'ASS »: the allowance of return to work and
//     the allocation de solidarité spécifique (L5423-1, paid to job seekers
//     at the end of their rights) as the state one lives on, as « je suis
//     au RSA » (lexicon.go); before, a contract-strength word the
//     statistical veto asked.
//   - a job seeker's own word of strength 5 (« je suis chômeur », « je
//     touche l'ARE », « bénéficiaire de l'ASS ») said in the present with
//     no rival status was asked by the statistical veto when the message
//     was mostly a question (« je voudrais des informations sur le CEP »,
//     « … et je veux faire une VAE »): the model learnt that questions
//     about a scheme usually do not tell the status. The word itself does
//     (§4), so the veto no longer applies to it (seekerWordR21g). The RSA
//     is left to the veto: it is a minimum income for low resources, work
//     or not (code de l'action sociale et des familles L262-1, L262-2), and
//     the labelled sets call « je touche le RSA et je fais quelques heures
//     de ménage déclarées » null.
//
// Left as before: invalidité « je ne travaille plus » (the sets label it
// null with cap_emploi, the veto asks it), « catégorie B » with some
// intérim (the sets have no convention: asked), « au chômage partiel »
// alone (an employee of a private employer, but the veto asks it: the
// employer question costs one question), detention left without a word of
// search of now (detention.go).
var round21gSpecs = []patSpec{
	{p: "indemnise|indemnisee|indemnises|indemnisees par|a|au france|pole travail|emploi", k: kStatus, v: "demandeur_emploi", w: 5},
	{p: "indemnise|indemnisee|indemnises|indemnisees par l? unedic|assedic|assedics", k: kStatus, v: "demandeur_emploi", w: 5},
	{p: "suis|es|est|sommes a l are|ass", k: kStatus, v: "demandeur_emploi", w: 5},
}

// seekerNotRSAR21g are the first words of a job seeker's status word that
// the statistical veto still reads: the RSA (see the header).
var seekerNotRSAR21g = map[string]bool{"rsa": true, "rmi": true}

// retirementWordsR21g are the (folded) words of a retirement.
var retirementWordsR21g = map[string]bool{"retraite": true, "retraitee": true, "retraites": true, "retraitees": true, "retired": true}

// seekerWordR21g reports a job seeker's status word of strength 5 or more,
// not an event, stated by the writer in the present, that settled the
// status with no rival of another group, none of them the RSA (round 21G):
// the statistical veto does not apply to it.
func (a *analyser) seekerWordR21g(f *Facts) bool {
	if f.Status != "demandeur_emploi" || a.ev.family != famStatusWord || a.ev.rival != "" {
		return false
	}
	// « sans activité » beside a retirement is a retiree's (§4: a
	// retiree's status is not told): the veto decides, as before (a token
	// class: one test of the message's classes instead of a look-up per
	// token)
	if a.msgHas(clsRetirementWordsR21g) {
		return false
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
