package analysis

// Round 11 of issue 13 (tuning44): several people in one message, the
// writer's past and present jobs in one story, jobs of both sectors.

// round11StatusSpecs are status markers of round 11.
var round11StatusSpecs = []patSpec{
	// « j'ai démissionné de la fonction publique en 2022 pour m'installer
	// en libéral »: the practice opened is the status now (a professional
	// installed on his or her own account, loi n° 2012-387 art. 29); only
	// the first person past (« pour m'installer » after a wish is no
	// fact, see installedAfterLeaving)
	{p: "pour m|me installer en liberal", k: kStatus, v: "profession_liberale", w: 6, event: true},
	// « agent administratif » is a job title of both sectors (the
	// private collective agreements have it as well as the fonction
	// publique): the employer decides, or the dialogue asks
	{p: "agent|agente|agents administratif|administrative|administratifs", k: kStatus, v: statusUndecided, w: 5},
	// « j'ai quitté mon CDI pour un poste à la mairie »: a job left for
	// another job is no search; what was left is over, and the new job's
	// employer, after these words, says the status
	{p: "ai|a quitte|quittee|demissionne|demissionnee _ _? pour un|une autre? poste|emploi|job|place|boulot|travail", k: kNone},
}

// titleTails are the second words of two-word job titles (« aide
// soignante », « agent d'entretien », « assistante sociale »): after
// « ancienne », the workplace that follows them is the former job's too.
var titleTails = map[string]bool{"soignant": true, "soignante": true, "soignants": true, "soignantes": true,
	"entretien": true, "accueil": true, "sociale": true, "social": true, "medicale": true, "medical": true,
	"specialise": true, "specialisee": true, "administratif": true, "administrative": true, "technique": true,
	"maitrise": true, "vie": true, "education": true, "restauration": true, "menage": true}

// titleWord reports a word that may continue a former job title before
// its workplace: a join word or the tail of a two-word title.
func titleWord(s string) bool {
	return joinWords[s] || titleTails[s]
}

// installedAfterLeaving reports the « pour m'installer en libéral » of h
// told after a resignation in the past (« j'ai démissionné … pour
// m'installer »), not after a wish (« je veux démissionner pour
// m'installer »): only then is the practice the status of now.
func (a *analyser) installedAfterLeaving(h hit) bool {
	c := a.toks[h.start].clause
	for j := h.start - 1; j >= 0 && a.toks[j].clause == c; j-- {
		switch a.toks[j].s {
		case "demissionne", "demissionnee", "quitte", "quittee", "parti", "partie":
			return j > 0 && (a.toks[j-1].s == "ai" || a.toks[j-1].s == "suis" || a.toks[j-1].s == "a")
		}
	}
	return false
}

// schoolJob reports a school named as the place of a job the writer
// describes with « je travaille comme … » in the same clause (« étudiant,
// je travaille comme surveillant dans un collège »): a student's job in a
// school, not the student's own school (an AED is a public-law agent,
// code de l'éducation L916-1). The verb and « comme » are both required:
// « je bosse au lycée » may be a pupil at work on his lessons.
func (a *analyser) schoolJob(h hit) bool {
	if !schoolWords10[a.toks[h.start].s] {
		return false
	}
	c := a.toks[h.start].clause
	as := false
	for j := h.start - 1; j >= 0 && a.toks[j].clause == c; j-- {
		switch a.toks[j].s {
		case "comme":
			as = true
		case "travaille", "travaillons":
			return as
		}
	}
	return false
}

// round11Sms are clipped job titles of spoken French (« cuisto »): read
// as the title, so that the job is weighed as one (« jsuis cuisto au
// collège » works at the collège, no pupil there). Not « éduc », which
// is also « l'éduc nat » (Éducation nationale).
var round11Sms = map[string]string{"cuisto": "cuisinier", "cuistot": "cuisinier", "cuistos": "cuisiniers", "cuistots": "cuisiniers",
	// the past and the present of a story typed on a phone (« jtais au
	// chomage, now jsuis a la mairie »): without them the past job reads
	// as the job of now
	"jtais": "j etais", "jetais": "j etais", "jtai": "j etais", "avt": "avant", "now": "maintenant"}
