package analysis

// Round 20R of issue 13 — family: the status of young people in education
// or training (cep-domain.md §1.3 row 2, rows 3–4; §4: « etudiant covers
// pupils/students and people who have just left school »). Found by a
// systematic gap search (a scratch set of 160 messages written for the
// family, every usual form, negation, past and a relative's case), not by
// a hunt in the labelled sets. Each entry says why it names a pupil or a
// student:
//
//   - the classes préparatoires (CPGE: « hypokhâgne », « khâgne », « maths
//     sup », « MPSI »…) are upper-secondary classes of lycées whose pupils
//     are students (code de l'éducation, art. D612-19 s.); none is prepared
//     under a contract of apprenticeship. « prépa » alone is left to
//     lexicon.go: « prépa apprentissage » is a France Travail scheme for
//     job seekers.
//   - « à la fac », « à l'université », « à l'IUT », « en IUT » said with
//     être or aller: the place one studies at, as « au lycée » (lexicon.go);
//     with « travaille » the place is an employer (sector words, unchanged).
//   - « j'étudie à … », « j'étudie le droit / la médecine … »: the verb of
//     studying with a place or a discipline (not « j'étudie la
//     possibilité … »).
//   - « élève ingénieur », « élève en bac pro / CAP / BTS »: a pupil's or
//     student's word (« élève officier » is a soldier and is left out;
//     « élève infirmière au CHU » may be a hospital agent in a promotion
//     professionnelle and stays asked, round18x_test.go).
//   - « je passe le bac / mon bac (cette année, en juin) »: a candidate of
//     the baccalauréat now; a candidat libre in work says his job as well,
//     a word of greater weight.
//   - a student's internship: « en stage pour / dans le cadre de mon BTS,
//     ma licence… » (a stage is part of a course,
//     code de l'éducation, art. L124-1; a stagiaire de la formation
//     professionnelle is a job seeker, so « formation » is left out).
//     « stage de fin d'études » alone is left as before: the host is then
//     the only place told (round10_test.go pins it asked).
//   - English « I'm in high school », « I'm at uni / university / college »,
//     and the Antillean creole « étidyan » (étudiant).
//
// A school leaver (« je viens d'avoir mon bac », « je sors du lycée ») who
// seeks a job: the labelled sets disagree (about 13 demandeur_emploi for 8
// etudiant on the same sentence, « je viens d'avoir mon bac pro commerce et
// je cherche du travail », tuning65 and tuning74), and the rules answered
// either way by the order of the words. The status is asked
// (schoolLeaverSeeksR20r); the operator does not depend on it before 26
// (row 4). A school leaver who does not seek a job stays as before: asked
// when the school is left without a word of status (round 9, the sets
// disagree too), a student when « bac obtenu » alone is said.
//
// Left as before: a student who also holds a private job is asked (round
// 20J); an apprentice or a student « en alternance » is salarie_prive
// (lexicon.go, row 8 « apprentice »); service civique is no status (null).
var round20rSpecs = []patSpec{
	{p: "suis|es|est|etais en hypokhagne|khagne|cpge|mpsi|pcsi|bcpst|hypokhagnes|khagnes", k: kStatus, v: "etudiant", w: 5},
	{p: "suis|es|est en classe|classes preparatoire|preparatoires|prepa", k: kStatus, v: "etudiant", w: 5},
	{p: "suis|es|est en maths|math sup|spe", k: kStatus, v: "etudiant", w: 5},
	{p: "suis|es|est|vais|va a|en la? fac|faculte|universite|iut", k: kStatus, v: "etudiant", w: 5},
	{p: "suis|es|est|vais|va a l universite|iut", k: kStatus, v: "etudiant", w: 5},
	{p: "etudie|etudies a|au|aux|dans", k: kStatus, v: "etudiant", w: 5},
	{p: "etudie|etudies le|la|l droit|medecine|psychologie|psycho|sociologie|socio|histoire|geographie|lettres|langues|informatique|biologie|chimie|physique|maths|mathematiques|economie|eco|gestion|architecture|pharmacie|philosophie|philo|anglais|espagnol|musique|commerce|communication|marketing|comptabilite|ingenierie", k: kStatus, v: "etudiant", w: 5},
	{p: "eleve|eleves ingenieur|ingenieure|ingenieurs", k: kStatus, v: "etudiant", w: 5},
	{p: "eleve|eleves en bac|cap|bep|bts|lycee|classe|prepa", k: kStatus, v: "etudiant", w: 5},
	{p: "passe|passes|passons le|mon|son bac", k: kStatus, v: "etudiant", w: 4},
	{p: "stage|stagiaire pour|dans|de mon|ma|le cadre? de? ma|mon? bts|but|dut|licence|master|cursus|ecole|etudes|diplome|m1|m2|l3|iut|fac", k: kStatus, v: "etudiant", w: 5},
	{p: "i m|am in|at high school", k: kStatus, v: "etudiant", w: 5},
	{p: "i m|am in|at highschool|uni|university|college", k: kStatus, v: "etudiant", w: 5},
	{p: "etidyan|etidian|etudyan", k: kStatus, v: "etudiant", w: 5},
}

// schoolLeaverWords are the words of a school left at the level of the
// bac or below (the school-leaver of row 4, not a graduate of row 3).
var schoolLeaverWords = map[string]bool{"bac": true, "cap": true, "bep": true, "lycee": true, "college": true}

// schoolLeaverSeeksR20r reports a student's word of a school just left at
// the level of the bac or below (« je viens d'avoir mon bac », « je sors du
// lycée ») beside a job search of the same person and no job held: the
// labelled sets disagree on the status (see the header), which is asked.
func (a *analyser) schoolLeaverSeeksR20r() bool {
	leaver, seeks := false, false
	for _, h := range a.sc.hits {
		v, _, ok := a.statusCandidate(h)
		if !ok {
			continue
		}
		switch v {
		case "etudiant":
			if !h.p.event && a.leavingHitR20r(h) {
				leaver = true
			}
		case "demandeur_emploi":
			seeks = true
		default:
			return false
		}
	}
	return leaver && seeks && a.heldJob() == ""
}

// leavingHitR20r reports a student's hit that says a school was left or a
// diploma obtained at the level of the bac or below.
func (a *analyser) leavingHitR20r(h hit) bool {
	leaving, level := false, false
	for j := h.start; j < h.end; j++ {
		switch s := a.toks[j].s; {
		case s == "obtenu" || s == "obtenir" || s == "avoir" || s == "sors" || s == "sort" || s == "sorti" || s == "sortie" || s == "sortis":
			leaving = true
		case schoolLeaverWords[s]:
			level = true
		}
	}
	return leaving && level
}
