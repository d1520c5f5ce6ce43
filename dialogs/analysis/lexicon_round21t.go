package analysis

// Round 21T of issue 13 — family: a professional writes about a person they
// follow (a pupil, a patient, a client, a young person, a beneficiary, an
// employee) and states their own job, often a public one (« infirmière
// scolaire, un de mes élèves de 16 ans veut quitter le lycée », « éducateur
// à la PJJ (fonctionnaire), je suis un jeune de 17 ans déscolarisé »,
// « aide-soignante titulaire, je vous écris pour un patient de 52 ans… il
// est cariste en CDI »). Found by a gap search (a scratch set of 130
// messages of the family with near-misses, tuning106, written before the
// analyser was run on it), not by a hunt in the labelled sets.
// cep-domain.md §4: the facts of a message written for someone are that
// person's, and the writer's own job is set aside; « null when the message
// does not say ».
//
//   - « patient » was no word of the lexicon: the typo corrector turned it
//     into « paient » (a form of « payer », a word of round 17G's
//     patterns), so « un patient de 52 ans » was neither a person written
//     about (thirdPersonR18r, chargedR18r) nor a person with an age (round
//     21N's personNouns). The nouns of the people a professional follows
//     are made known words (knownWordsR21t), so they are never corrected.
//   - The writer's job is said first, then a person in the writer's charge
//     is named (« un de mes élèves », « une élève de 17 ans », « un de mes
//     anciens élèves », « une ancienne élève », « un patient », « je suis
//     un jeune de 17 ans » after a job of the writer's), and no status word
//     is told from that person on (« veut quitter le lycée pour
//     travailler », « me demande à qui s'adresser »): the only status words
//     are the writer's own, which are not the person's, so the status is
//     asked (as round 21K did for « j'accompagne une dame de 46 ans »). A
//     status word told from the person on keeps it (round 18R); a writer
//     who asks for themself (« je voudrais me reconvertir », « pour moi »,
//     ownAskR21k) keeps their own status: « infirmière au CHU, je m'occupe
//     de patients âgés, je veux changer de service ». Like round 21K, a job
//     seeker's or a student's word before the person is kept.
//
// The hook sits in extract.go beside round 21K's (professionalForThirdR21t);
// the known words are added in lexicon.go.

// round21tSpecs are the patterns of round 21T (none).
var round21tSpecs = []patSpec{}

// knownWordsR21t are words the typo corrector must leave as they are: the
// people a professional follows (« patient » was read « paient »).
var knownWordsR21t = []string{"patient", "patiente", "patients", "patientes", "lyceen", "lyceenne", "collegien", "collegienne",
	"apprenant", "apprenante"}

// pupilsR21t are the nouns, after « un », « une », « un ancien », « une
// ancienne », of a person in the writer's charge at school, in care or in
// training (the noun alone names the person, whatever follows).
var pupilsR21t = map[string]bool{"eleve": true, "lyceen": true, "lyceenne": true, "collegien": true, "collegienne": true,
	"patient": true, "patiente": true, "apprenant": true, "apprenante": true, "usager": true, "usagere": true,
	"beneficiaire": true, "stagiaire": true}

// pupilsPluralR21t are the same nouns in the plural, after « un de mes
// anciens », « une de nos anciennes ».
var pupilsPluralR21t = map[string]bool{"eleves": true, "lyceens": true, "lyceennes": true, "collegiens": true,
	"collegiennes": true, "patients": true, "patientes": true, "apprenants": true, "apprenantes": true, "usagers": true,
	"beneficiaires": true, "stagiaires": true, "apprentis": true, "apprenties": true}

// chargedStartR21t is where a person in the writer's charge is first
// named (see the header), or -1.
func (a *analyser) chargedStartR21t() int {
	t := a.toks
	start := a.firstThirdR18r()
	if start >= 0 {
		switch t[start].s {
		case "un", "une", "l", "la", "le":
		default:
			// « transmettre à mon apprenti », a signature « M. Lopez »:
			// a possessive or a name is the writer's own world, not a
			// person written for (round 18R reads them as before)
			start = -1
		}
	}
	for i := 0; i+2 < len(t) && (start < 0 || i < start); i++ {
		if t[i].s != "un" && t[i].s != "une" {
			continue
		}
		j := i + 1
		if t[j].s == "ancien" || t[j].s == "ancienne" {
			j++ // « une ancienne élève »
		}
		switch {
		case pupilsR21t[t[j].s] && (i == 0 || !writerBeingR18r[t[i-1].s]):
			// « une élève de 17 ans », « un ancien élève » (not « je suis
			// un élève »)
			return i
		case (t[j].s == "de" || t[j].s == "d") && j+3 < len(t) && (t[j+1].s == "mes" || t[j+1].s == "nos") &&
			(t[j+2].s == "anciens" || t[j+2].s == "anciennes") && pupilsPluralR21t[t[j+3].s]:
			// « un de mes anciens élèves »
			return i
		case j == i+1 && t[j].s == "jeune" && i >= 2 && t[i-1].s == "suis" && (t[i-2].s == "je" || t[i-2].s == "j"):
			// « je suis un jeune de 17 ans » after a job of the writer's:
			// « suivre » (to follow a young person) or the writer; the
			// status words before it decide (professionalForThirdR21t)
			return i
		}
	}
	return start
}

// professionalForThirdR21t reports a message whose status words all lie
// before a person in the writer's charge is named, none from that person
// on, with no request of the writer's own (see the header).
func (a *analyser) professionalForThirdR21t() bool {
	start := a.chargedStartR21t()
	if start < 0 || a.ownAskR21k() {
		return false
	}
	return a.statusOnlyBeforeR21k(start)
}
