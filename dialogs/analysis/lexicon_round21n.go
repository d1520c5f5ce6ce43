package analysis

// Round 21N of issue 13 — family: the age (cep-domain.md §1.3 rows 3–4:
// 16–25 goes to the mission locale or the Apec, 26 and more to rows 5–8;
// L5314-2 « jeunes de seize à vingt-cinq ans révolus »), so an age not read
// misroutes a young visitor to France Travail or the regional operator.
// Found by a gap search (scratch set tuning101, 133 messages of the family
// written before the analyser was run on them). §4: a message written for
// someone is labelled with that person's facts, the age included.
//
// Rule 1, the people a professional or a volunteer writes for. « un usager
// de 44 ans », « une élève de 16 ans », « un patient de 36 ans », « une
// allocataire de 31 ans », « un de nos apprentis de 19 ans »: like
// « chômeur » or « jeune » (personNouns), the noun names a person, so
// « de N ans » after it is an age, not a contract's length. The nouns are
// those of the social and medical services (usager, bénéficiaire,
// allocataire of the CAF, patient, protégé of a mandataire judiciaire,
// élève, apprenti, stagiaire, intérimaire), and the plural of a group one
// of whom is meant (« un de mes élèves de 18 ans »).
//
// Rule 2, « un jeune Soudanais de 19 ans », « une jeune majeure de 18
// ans »: « jeune » then one word (a nationality, « majeur », « voisin »)
// before « de N ans » is a person described as « jeune homme de 20 ans »
// is; 16 or more only (« un jeune chiot de 3 ans » is no visitor).
//
// Rule 3, « de N ans de notre entrepôt »: after a person (rules 1–2 or
// personNouns), « de N ans » followed by « de » and a possessive (« de
// notre magasin », « de ma classe », « de son foyer ») is the age then
// where the person belongs; « 20 ans de maison », « 10 ans d'expérience »
// (no possessive) stay durations.
//
// Rule 4, « 24 ans au chômage depuis mon bac pro »: round 9B's
// joblessListed leaves « N ans au chômage » under 26 unknown because it may
// be a duration; when « depuis » follows it, the duration is the one said
// by « depuis », so the number is the age (weakest reading, as round 9B's).
//
// Rule 5, « caissière 19a à Carrefour », « serveur 23a au Flunch »,
// « caissier 21a chez Lidl »: the number glued to « a » is the SMS form of
// an age (round 17F's gluedAge) and, right after a job title, « à/au/chez »
// then names the employer, not where years were spent (weakest reading;
// never after a verb of time spent nor « depuis »).

func init() {
	for _, w := range []string{"usager", "usagere", "usagers", "beneficiaire", "allocataire", "patient", "patiente",
		"patients", "protege", "protegee", "eleve", "eleves", "apprenti", "apprentie", "apprentis", "stagiaire",
		"stagiaires", "interimaire", "interimaires", "salaries", "majeur", "majeure"} {
		personNouns[w] = true
	}
}

// jeuneOneWordR21n reports « jeune <word> de N ans » (rule 2) at the age i.
func (a *analyser) jeuneOneWordR21n(i int) bool {
	t := a.toks
	if i < 3 || t[i-1].s != "de" || t[i-3].s != "jeune" || t[i-2].num || t[i-3].clause != t[i].clause {
		return false
	}
	v, _ := leadingInt(t[i].s)
	return v >= 16
}

// possessivesR21n open « de notre entrepôt », « de ma classe » (rule 3).
var possessivesR21n = map[string]bool{"notre": true, "nos": true, "mon": true, "ma": true, "mes": true, "son": true,
	"sa": true, "ses": true, "leur": true, "leurs": true, "votre": true, "vos": true}

// ofPlaceAfterPersonR21n reports « <person> de N ans de <possessive> »
// (rule 3): i the age, next the « de » after its unit.
func (a *analyser) ofPlaceAfterPersonR21n(i, next int) bool {
	t := a.toks
	if i < 2 || t[i-1].s != "de" || next+1 >= len(t) || t[next].s != "de" || t[next+1].clause != t[i].clause ||
		!possessivesR21n[t[next+1].s] {
		return false
	}
	return personNouns[t[i-2].s] || a.jeuneOneWordR21n(i)
}

// joblessSinceR21n reports « N ans au chômage depuis … » under 26 (rule 4).
func (a *analyser) joblessSinceR21n(i, next, v int) bool {
	if v < 16 || v >= 26 {
		return false
	}
	w, ok := a.joblessAfter(i, next)
	t := a.toks
	if !ok || w+1 >= len(t) || t[w+1].clause != t[i].clause || t[w+1].s != "depuis" {
		return false
	}
	return a.notTimeSpentBefore(i)
}

// gluedAgeAtWorkR21n reports « <job> 19a à|au|chez <employer> » (rule 5).
func (a *analyser) gluedAgeAtWorkR21n(i, next, v int) bool {
	t := a.toks
	_, n := leadingInt(t[i].s)
	if v < 16 || v > 75 || !gluedAge(t[i].s[n:]) || next+1 >= len(t) || t[next+1].clause != t[i].clause {
		return false
	}
	switch t[next].s {
	case "a", "au", "chez":
	default:
		return false
	}
	if i == 0 || t[i-1].clause != t[i].clause {
		return false
	}
	p := t[i-1]
	return !p.num && !workedVerbs[p.s] && !durationBefore[p.s] && !startVerbs[p.s]
}
