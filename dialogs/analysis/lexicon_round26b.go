package analysis

// Round 26B of issue 13 — family: young people of 16 to 29 and those who
// write for them (pupils, school leavers, dropouts, apprentices, young
// graduates, young employees and public agents, service civique), a quarter
// of them overseas. Found by a gap search: a scratch set of 161 messages
// written for the family and committed before the analyser ran on it
// (tuning141), then the readable sets' messages of the same family.
//
//   - « Déscolarisé depuis mes 16 ans, j'en ai 20 aujourd'hui et je
//     voudrais… », « j'ai quitté l'école à 16 ans, j'en ai 21 maintenant et
//     je cherche », « arrivé en France à 15 ans, j'en ai maintenant 19 »:
//     the age of now said with « en » standing for the years, after an age
//     of the past. Round 17A read « aujourd'hui j'en ai 24 et … » and
//     « j'en ai 20 maintenant » ending its clause; the time word after the
//     number went on with « et » or a comma, « aujourd'hui » after it, and
//     the time word between « ai » and the number were not read, so the
//     age of the past (16) or none was kept: rows 3–4 of cep-domain.md
//     §1.3 turn on it (France Travail instead of the Mission locale). As
//     round 20M's yearsEnAiR20m, « ans » or « an » must be said in the
//     thirteen words before « j'en », the antecedent of « en » (« des
//     salariés, j'en ai 20 maintenant » is no age).

//   - « stagiaire à l'INSPÉ », « stagiaire de l'ESPE »: the laureates of
//     the teachers' and CPE competitive exams are appointed fonctionnaires
//     stagiaires for a year, in a school and in training at the INSPÉ
//     (code de l'éducation L721-2, the INSPÉ trains « les personnels
//     enseignants et d'éducation »; CGFP L327-1, as round 20D read
//     « professeur stagiaire »): an agent public (row 1). A student at the
//     INSPÉ says « étudiant », « en M1 MEEF », « en stage … pour mon
//     master » (round 23C), which stay a student.

// round26bSpecs are the patterns of round 26B.
var round26bSpecs = []patSpec{
	{p: "stagiaire|stagiaires a|de l inspe|espe", k: kStatus, v: "agent_public", w: 6},
}

// nowWordsR26b are the time words that tie « j'en ai N » to now.
var nowWordsR26b = map[string]bool{"maintenant": true, "desormais": true, "actuellement": true, "aujourd": true, "hui": true}

// enAiNowR26b reports the writer's age of now at i said with « en »: « j'en
// ai 20 aujourd'hui et… », « j'en ai 21 maintenant, je cherche »,
// « j'en ai maintenant 19 », « j'en ai aujourd'hui 22 ans », with « ans »
// or « an » in the thirteen words before « j'en » (see the header).
func (a *analyser) enAiNowR26b(i, v int) bool {
	t := a.toks
	if v < 16 || v > 99 || a.forRel {
		return false
	}
	ai := -1
	switch {
	case i >= 3 && t[i-1].s == "ai" && i+1 < len(t) && t[i+1].clause == t[i].clause && nowWordsR26b[t[i+1].s]:
		ai = i - 1 // « j'en ai 20 aujourd'hui », « j'en ai 21 maintenant »
	case i >= 4 && (t[i-1].s == "maintenant" || t[i-1].s == "desormais" || t[i-1].s == "actuellement") && t[i-2].s == "ai":
		ai = i - 2 // « j'en ai maintenant 19 »
	case i >= 5 && t[i-1].s == "hui" && t[i-2].s == "aujourd" && t[i-3].s == "ai":
		ai = i - 3 // « j'en ai aujourd'hui 22 ans »
	}
	if ai < 2 || t[ai-1].s != "en" || t[ai-2].s != "j" {
		return false
	}
	for k := ai - 3; k >= 0 && k >= ai-15; k-- {
		if t[k].s == "ans" || t[k].s == "an" {
			return true
		}
	}
	return false
}

// A professional or a volunteer writes for a young person in their charge
// and states their own job first, often a public one (« CPE à Brest, une
// de mes élèves de 17 ans veut arrêter le lycée pour bosser », « Je suis
// gendarme et je suis le tuteur d'une jeune de 18 ans… », « Capitaine de
// sapeurs-pompiers professionnels, je vous écris pour un de nos jeunes
// sapeurs-pompiers volontaires, 20 ans, étudiant en BTS »). cep-domain.md
// §4: the facts of a message written for someone are that person's, the
// writer's own job is set aside. Round 21T asked the status when the
// writer's status words all came before the person and none after; it
// missed the young person named as « une de mes élèves », « un de nos
// jeunes », « le tuteur d'une jeune », « je m'occupe d'un jeune », a
// public job read from the employer alone (« CPE », « gardienne de la
// paix »: no status word at all), and a person whose own status is then
// told (« un lycéen », « qui cherche un emploi »). The writer's public job
// then sent a pupil of 17 to their employer (row 1) instead of the Mission
// locale (row 4). Now, with no request of the writer's own (ownAskR21k):
//
//   - the person's own status told from their naming on, one reading
//     only, is the status (« un lycéen », « étudiant en BTS », « qui
//     cherche un emploi »);
//   - a search beside a school left (« a quitté le lycée en juin et
//     cherche du travail ») is the school leaver on which the labelled
//     sets split (round 20R): asked, as none or two readings are;
//   - the writer's branch is not the person's: with the status asked, the
//     age alone routes (row 4 for 16–25), as for any unknown status.
//
// « je suis un jeune de 24 ans » is the writer (writerBeingR18r), and a
// writer who asks for themself (« je voudrais me reconvertir ») keeps
// their own job. An apprentice (« tutrice d'une apprentie de 18 ans »,
// « une de mes apprenties ») is left out: the noun says the person's
// status (salarie_prive, row 8), which the readable sets keep.

// youngNounsR26b are the nouns of a young person in someone's charge,
// after « un », « une » (« un jeune de 18 ans », « une élève »).
var youngNounsR26b = map[string]bool{"jeune": true, "eleve": true, "lyceen": true, "lyceenne": true, "collegien": true,
	"collegienne": true, "etudiant": true, "etudiante": true, "garcon": true, "adolescent": true, "adolescente": true,
	"ado": true}

// youngPluralR26b are the same nouns in the plural, after « un de mes »,
// « une de nos » (« un de nos jeunes sapeurs-pompiers »).
var youngPluralR26b = map[string]bool{"jeunes": true, "eleves": true, "lyceens": true, "lyceennes": true, "collegiens": true,
	"collegiennes": true, "etudiants": true, "etudiantes": true, "ados": true, "adolescents": true, "adolescentes": true}

// chargeCuesR26b are the words just before « un jeune », « une élève »
// that make the person one the writer writes for or follows: « pour »,
// « au sujet de », « le tuteur de », « la référente de », « je reçois »,
// « j'accompagne », « je m'occupe de », « je suis (en tant que) » is not
// one (« je suis un jeune de 17 ans » is the writer).
var chargeCuesR26b = map[string]bool{"pour": true, "sujet": true, "tuteur": true, "tutrice": true, "referent": true,
	"referente": true, "recois": true, "accompagne": true, "occupe": true, "suit": true, "encadre": true, "parrain": true,
	"marraine": true, "propos": true, "concernant": true}

// youngChargedStartR26b is where a young person in the writer's charge is
// named (see the header), or -1.
func (a *analyser) youngChargedStartR26b() int {
	t := a.toks
	for i := 1; i+1 < len(t); i++ {
		if t[i].s != "un" && t[i].s != "une" {
			continue
		}
		j := i + 1
		if (t[j].s == "de" || t[j].s == "d") && j+2 < len(t) && (t[j+1].s == "mes" || t[j+1].s == "nos") && youngPluralR26b[t[j+2].s] {
			return i // « une de mes élèves », « un de nos jeunes »
		}
		if !youngNounsR26b[t[j].s] || writerBeingR18r[t[i-1].s] {
			continue
		}
		if pupilsR21t[t[j].s] {
			return i // « une élève de 17 ans a décroché » (round 21T's nouns need no cue)
		}
		for k := i - 1; k >= 0 && k >= i-3; k-- {
			if chargeCuesR26b[t[k].s] {
				return i
			}
		}
	}
	return -1
}

// schoolLeftWordsR26b are the words of a school or studies, beside a
// search told of the young person: the school leaver of round 20R.
var schoolLeftWordsR26b = map[string]bool{"lycee": true, "fac": true, "etudes": true, "ecole": true, "college": true, "bac": true,
	"cap": true, "scolarite": true, "descolarise": true, "descolarisee": true, "decroche": true, "cours": true}

// youngChargedR26b reads the status of a message written for a young
// person in the writer's charge (see the header) when best, the writer's
// reading, was found only before that person is named: it returns the
// person's own status and true, or "" and true when it must be asked, or
// false when the rule does not apply.
func (a *analyser) youngChargedR26b(best string) (string, int8, bool) {
	if best == "" || best == "-" || best == "demandeur_emploi" || best == "etudiant" {
		return "", 0, false
	}
	start := a.youngChargedStartR26b()
	if start < 0 || a.ownAskR21k() {
		return "", 0, false
	}
	v, w, two := "", int8(0), false
	for _, h := range a.sc.hits {
		if h.p.k != kStatus {
			continue
		}
		hv, hw, ok := a.statusCandidate(h)
		if !ok {
			continue
		}
		if h.start < start {
			continue // the writer's own words
		}
		if hv == best && hv == "agent_public" {
			return "", 0, false // « … un jeune de 20 ans, contractuel à la mairie »: the person's
		}
		switch {
		case v == "":
			v, w = hv, hw
		case hv != v:
			two = true
		case hw > w:
			w = hw
		}
	}
	if two || v == "" || statusGroup(v) == "independant" {
		return "", 0, true
	}
	if v == "demandeur_emploi" {
		for j := start; j < len(a.toks); j++ {
			if schoolLeftWordsR26b[a.toks[j].s] {
				return "", 0, true // a school left and a search: asked (round 20R)
			}
		}
	}
	return v, w, true
}

//   - « intérimaire entre deux missions », « je fais de l'intérim, là je
//     suis entre deux missions »: an intérimaire without a mission now is a
//     job seeker (cep-domain.md §4: « demandeur_emploi includes …
//     intérimaire without mission »; code du travail L1251-1: the contract
//     of a temporary worker is the mission's). The word of intérim and the
//     gap between missions were two statuses of the same strength, asked
//     by the rival rule; the readable sets label the pair a job seeker
//     (heldout13, heldout14, heldout15, tuning104, tuning74, tuning82).
//     Kept asked: a CDI intérimaire (CDII, paid between missions,
//     L1251-58-1), a mission already fixed or running (« l'agence m'en a
//     calé une à partir de lundi », « en mission cette semaine »), portage.

// interimGapKeepR26b are the words that keep an intérimaire between two
// missions in work or asked (see above).
var interimGapKeepR26b = map[string]bool{"cdii": true, "paye": true, "payee": true, "portage": true, "cale": true,
	"calee": true, "partir": true, "prevue": true, "reprends": true, "reprend": true, "semaine": true}

// interimBetweenMissionsR26b reports a job seeker's « entre deux missions »
// beside a word of intérim, with no word that keeps the job (see above).
func (a *analyser) interimBetweenMissionsR26b() bool {
	t := a.toks
	gap, interim := false, false
	for _, h := range a.sc.hits {
		if h.p.k != kStatus {
			continue
		}
		if _, _, ok := a.statusCandidate(h); !ok {
			continue
		}
		switch {
		case h.p.v == "demandeur_emploi" && h.end-h.start == 3 && t[h.start].s == "entre" && t[h.end-1].s == "missions":
			gap = true
		case h.p.v == "salarie_prive" && h.end-h.start == 1 && (t[h.start].s == "interimaire" || t[h.start].s == "interim"):
			interim = true
		case h.p.v == "salarie_prive" || h.p.v == "agent_public" || statusGroup(h.p.v) == "independant":
			return false // another job told
		}
	}
	if !gap || !interim {
		return false
	}
	for j, tk := range t {
		if interimGapKeepR26b[tk.s] || tk.s == "cdi" && j+1 < len(t) && (t[j+1].s == "interimaire" || t[j+1].s == "interim") ||
			tk.s == "en" && j+1 < len(t) && t[j+1].s == "mission" {
			return false
		}
	}
	return true
}
