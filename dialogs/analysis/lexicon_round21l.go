package analysis

// Round 21L of issue 13 — family: pupils and students still enrolled who
// seek something — an internship (stage, PFMP), an alternance contract, a
// summer or student job, a first job after the diploma they are still
// preparing, a reorientation (cep-domain.md §1.3 rows 2–4; §4: « etudiant
// covers pupils/students »). Found by a systematic gap search (tuning99:
// 126 messages written for the family, with the near-misses of the school
// leaver, the graduate, « j'ai arrêté la fac », the stagiaire de la
// formation professionnelle and the student with a job), not by a hunt in
// the labelled sets, which agree: a student who seeks a stage, a job or a
// first post after the degree under way is labelled etudiant (tuning48,
// tuning80, tuning83, tuning91, heldout12, heldout18: « je termine un
// master …, je vais chercher un poste »).
//
//   - an enrolment told in the present and a job search beside it: the
//     student stays a student (studentSeeksR21l). A stage is part of a
//     course (code de l'éducation, art. L124-1), an alternance is sought to
//     go on studying, and a summer or a student job is sought beside the
//     studies: none makes the student a job seeker (§4: demandeur_emploi
//     are people without a job who are not in education — licenciés, fins
//     de CDD, RSA …). « sans emploi », « pas de travail » said by a student
//     are the absence of a side job, not a status. Before, the search and
//     the student word were weighed as two situations at once (asked) or
//     the search won alone (wrong).
//   - present forms of an enrolment not read before: « je suis toujours /
//     encore en BTS », « en fin de master / d'études », « je termine / je
//     finis mon master, ma licence », « je passe / je prépare mon BTS »,
//     « inscrite en BTS », « je fais des études de droit », « en formation initiale » (the schooling before
//     working life, code du travail art. L6111-1, as against the formation
//     continue of adults), « je reprends mes études », « en reprise
//     d'études » (weight 2, under a job held: « je reprends des études
//     … tout en travaillant comme agent de sécurité » stays an employee,
//     tuning83). « il s'est inscrit en fac » is a past enrolment, told of
//     dropouts too (tuning52), and is not read. Only degrees of higher education are read with « je
//     termine / je passe / je prépare »: « je termine mon CAP » at 28 is a
//     reconversion (a stagiaire de la formation professionnelle is a job
//     seeker, §1.3 row 7; tuning sets label it so), and « je termine ma
//     formation » names the AFPA as well. A doctorate is left out: the
//     contrat doctoral is a public-law contract (round 18 sets).
//
// Left as before (not undone): the school leaver who seeks a job (round
// 20R, asked: « je viens d'avoir mon bac » is a leaving word, not an
// enrolment), the student with a private job (round 20J, asked), the
// student who dropped out (round 18G, asked), « j'ai arrêté la fac, je
// cherche du travail » (a job seeker), « jeune diplômé … je cherche » and
// « je viens de finir mon master » (round 20D / 21D), the apprentice or the
// student « en alternance » (salarie_prive), the stagiaire de la formation
// professionnelle (demandeur_emploi).
var round21lSpecs = []patSpec{
	{p: "suis|es|est|sommes toujours|encore en seconde|premiere|terminale|fac|licence|master|l1|l2|l3|m1|m2|bts|dut|but|prepa|classe|cap|bac|etudes|cursus", k: kStatus, v: "etudiant", w: 4},
	{p: "suis|es|est|sommes toujours|encore au lycee|college", k: kStatus, v: "etudiant", w: 4},
	{p: "suis|es|est|sommes toujours|encore a la fac|l universite|l iut", k: kStatus, v: "etudiant", w: 4},
	{p: "toujours|encore etudiant|etudiante|etudiants|lyceen|lyceenne|collegien|collegienne", k: kStatus, v: "etudiant", w: 5},
	{p: "en fin de|d bts|licence|master|etudes|cursus|but|dut|m2|l3|m1|terminale", k: kStatus, v: "etudiant", w: 4},
	{p: "je termine|finis|acheve|boucle mon|ma|mes bts|licence|master|but|dut|m1|m2|l3|etudes|cursus", k: kStatus, v: "etudiant", w: 4},
	{p: "je passe|prepare mon|ma|un|une bts|but|dut|licence|master", k: kStatus, v: "etudiant", w: 4},
	{p: "suis|es|est|sommes|reste|restes inscrit|inscrite|inscrits|inscrites en bts|but|dut|licence|master|l1|l2|l3|m1|m2|fac|terminale|prepa", k: kStatus, v: "etudiant", w: 4},
	{p: "suis|es|est|sommes|reste|restes inscrit|inscrite|inscrits|inscrites a la fac|l universite|l iut", k: kStatus, v: "etudiant", w: 4},
	// « il s'est inscrit en fac (mais il n'y va plus) »: the enrolment
	// is an event of the past, said of a dropout as well (tuning52)
	{p: "s est inscrit|inscrite en", k: kNone},
	{p: "en formation initiale", k: kStatus, v: "etudiant", w: 5},
	{p: "je|j fais|faisons des|mes etudes", k: kStatus, v: "etudiant", w: 5},
	{p: "il|elle|on fait des|ses etudes", k: kStatus, v: "etudiant", w: 5},
	{p: "je reprends|reprend mes|des|ses etudes", k: kStatus, v: "etudiant", w: 2},
	{p: "suis|es|est en reprise d etudes", k: kStatus, v: "etudiant", w: 2},
}

// leavingWordsR21l are the words of a student's hit that tell a school
// left or a diploma obtained, not an enrolment of now.
var leavingWordsR21l = map[string]bool{
	"diplome": true, "diplomee": true, "diplomes": true, "diplomees": true, "obtenu": true, "obtenue": true,
	"obtenir": true, "avoir": true, "eu": true, "fini": true, "finie": true, "finir": true, "terminer": true,
	"sors": true, "sort": true, "sorti": true, "sortie": true, "sortis": true, "sortir": true, "quitte": true,
	"quittee": true, "arrete": true, "arretee": true, "abandonne": true, "abandonnee": true, "valider": true,
	"poche": true, "ancien": true, "ancienne": true,
}

// enrolledHitR21l reports a student's hit that tells an enrolment of now:
// no event, no word of leaving or of a diploma obtained (« je viens de
// finir mon master », « bac obtenu », « jeune diplômé »).
func (a *analyser) enrolledHitR21l(h hit) bool {
	if h.p.event || a.leavingHitR20r(h) {
		return false
	}
	for j := h.start; j < h.end; j++ {
		if leavingWordsR21l[a.toks[j].s] {
			return false
		}
	}
	return true
}

// noJobHitR21l reports a job seeker's hit that only tells a search (« je
// cherche un job », an event of weight 3 or less) or the absence of a job
// (« sans emploi », « pas de travail »): said by a student, neither is a
// status.
func (a *analyser) noJobHitR21l(h hit, w int8) bool {
	switch a.toks[h.start].s {
	case "sans", "pas", "aucun", "aucune", "jamais":
		return true
	}
	return h.p.event && w <= 3
}

// studentSeeksR21l reports an enrolment of the writer (or of the relative
// written for) told in the present beside a job search or the absence of a
// job, and no other status: a student who seeks a stage, an alternance, a
// job beside the studies or a first job after them (see the header).
func (a *analyser) studentSeeksR21l() (w int8, ok bool) {
	student, seeks := int8(0), false
	for _, h := range a.sc.hits {
		v, hw, cand := a.statusCandidate(h)
		if !cand {
			continue
		}
		switch v {
		case "etudiant":
			if !a.enrolledHitR21l(h) {
				return 0, false
			}
			student = max(student, hw)
		case "demandeur_emploi":
			if !a.noJobHitR21l(h, hw) {
				return 0, false
			}
			seeks = true
		default:
			return 0, false
		}
	}
	if student == 0 || !seeks || a.heldJob() != "" || a.studiesDropped() || a.ev.graduateR20d {
		return 0, false
	}
	return student, true
}
