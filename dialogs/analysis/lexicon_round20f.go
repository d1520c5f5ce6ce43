package analysis

// Round 20F of issue 13: the student status (etudiant) against the job
// seeker's and the employee's, for the young people of 16 to 25 around the
// end of school (cep-domain.md §1.3 rows 2–4; §4: « etudiant covers
// pupils/students and people who have just left school »).
//
// How the tuning sets settle the conflicts (tuning3–87, counted before
// this round; the minority labels are reported, not followed):
//   - a student who holds a job (« étudiante en L2, je bosse chez McDo »):
//     salarie_prive about 35 times, etudiant about 10 (tuning65, 70, 71, 85,
//     87); studentAtWork (round 9C) and sideJobR19 already follow the
//     majority;
//   - a young person out of school who looks for a job: demandeur_emploi
//     about 170 times, etudiant about 35; but « sorti(e) du lycée … je
//     cherche du travail » alone is split (etudiant: tuning57, tuning70,
//     cases; demandeur_emploi: tuning74, 76, 77), and « jeune diplômé …
//     je cherche » under 26 is split too (tuning45 against the others, left
//     as round 20D left it).
//
// The rule of this round: « sorti du lycée l'an dernier », « sortie de
// l'école l'année dernière » is a school left a year or more ago. As round
// 17F reads « sortie du lycée il y a 2 ans », the writer has not « just
// left school » (§4): the words of leaving no longer say « etudiant », and
// what the writer does now (a job search: row 4 or 7; nothing told: the
// status question) tells the status. A school left « en juin », « il y a 3
// semaines », or with no date stays the word of a school leaver.

// round20fSpecs are the patterns of round 20F.
var round20fSpecs = []patSpec{
	{p: "sors|sort|sorti|sortie|sortis de|d|du l? lycee|ecole|college|fac|universite _? _? _? l an|annee dernier|derniere|passe|passee", k: kNone},
	// « je bosse au marché pour un primeur »: the employer named by its
	// trade, as round 6 reads « chez un boulanger », for the food and
	// market shops its list lacks (commerçants of the NAF, section G) —
	// a lycéen or student who works for one holds a job (studentAtWork)
	{p: "chez|pour un|une|mon|ma primeur|epicier|epiciere|poissonnier|poissonniere|fromager|fromagere|caviste|maraicher|maraichere|commercant|commercante|forain|foraine|restaurateur|restauratrice", k: kStatus, v: "salarie_prive", w: 3},
}

// faireForms are the forms of « faire » of now that take the activity
// done as their object (« je fais des gardes », « elle fait des ménages »).
var faireForms = map[string]bool{"fais": true, "fait": true, "faisons": true, "faites": true, "font": true}

// activityDoneR20f reports a status word after « faire des » (« je fais
// des gardes d'enfants déclarées »): the object of « faire » is the
// activity the writer does — here the « gardes » are the childcare shifts,
// a job for a private household (code du travail L7221-1, round 16B) —
// not the people a plural determiner names elsewhere (« je forme des
// demandeurs d'emploi », others in calibrate.go). Declared childcare
// beside a student's status is the student's job (studentAtWork), the
// status the tuning sets give a student who holds a job (about 35 times
// salarie_prive against 10 etudiant).
func (a *analyser) activityDoneR20f(h hit) bool {
	t := a.toks
	i := h.start
	if i < 2 || t[i-1].s != "des" || t[i-2].clause != t[i].clause {
		return false
	}
	return faireForms[t[i-2].s]
}
