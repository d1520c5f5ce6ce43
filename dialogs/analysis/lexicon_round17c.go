package analysis

// Round 17C of issue 13 (tuning57, written by a helper who never read the
// rules: the whole population in its hardest forms — SMS with abbreviations
// and typos, long stories where the present comes after the past, terse
// telegraphic messages). Each rule names its source; where the text leaves
// a fact open, the fact stays unknown and the dialogue asks.

// round17cSpecs are the status patterns of round 17C.
var round17cSpecs = []patSpec{
	// « projet d'installation en libéral », « projet de création d'une
	// micro-crèche »: the noun « projet » with the act that founds an
	// activity names a plan, as « je veux m'installer » (usage; cep-domain.md
	// §4: creation_activite is a project, not a status held)
	{p: "projet|projets d|de installation|creation|ouverture|rachat", k: kFuture},
	// « j'hésite entre une reconversion prof des écoles et rester dans la
	// tech »: what one hesitates between are options, not the job held
	// (usage: « hésiter entre » weighs alternatives)
	{p: "hesite|hesites|hesitons|hesitais entre", k: kFuture},
	// « csp après licenciement éco »: the contrat de sécurisation
	// professionnelle is offered only with a dismissal for economic reasons
	// (code du travail L1233-65 s.), its holder a job seeker (cep-domain.md
	// §1.3 row 7, « CSP »); « CSP » alone is also the catégorie
	// socioprofessionnelle, so only the contract told with its dismissal is read
	{p: "csp apres|suite|depuis a|au|mon|un|une? licenciement|licenciements|rupture|fermeture", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	// « le lycée nous parle d'un CAP en apprentissage », « on lui propose
	// un BTS en alternance »: a course somebody proposes is a topic, not a
	// contract signed (code du travail L6222-1: the apprentice is the one who
	// signed the contrat d'apprentissage)
	{p: "parle|parlent|parlait|propose|proposent|proposait|conseille|conseillent|suggere|suggerent d|de un|une|la|le? _ _? en apprentissage|alternance", k: kNone},
	{p: "propose|proposent|proposait|conseille|conseillent|suggere|suggerent un|une _ _? en apprentissage|alternance", k: kNone},
	// « j'ai un food truck depuis 2022 »: who owns a food truck sells on the
	// street on his or her own account, a commerçant ambulant (code de
	// commerce L121-1, L123-29), self-employed by cep-domain.md §1.3 row 8;
	// « je bosse dans un food truck » is an employee's and is not read
	{p: "ai|a|avons|avais|avait un|mon|notre|deux food truck|trucks", k: kStatus, v: "independant", w: 4},
	{p: "ai|a|avons|avais|avait un|mon|notre|deux foodtruck|foodtrucks", k: kStatus, v: "independant", w: 4},
	// « lycéen, 16 ans, décrocheur »: a décrocheur is a young person who has
	// left school without the diploma of the course begun (code de
	// l'éducation L313-7, D313-59), out of school as cep-domain.md §1.3 row
	// 4 reads « left school », which Facts.WantsWork marks for a pupil; a
	// pupil who only wants an apprenticeship while at school is not read
	// (tuning40 labels « en 1re, je veux faire un apprentissage » row 2)
	{p: "decrocheur|decrocheuse|decrocheurs|decrocheuses", k: kWants},
	// « je voudrais trouver un poste plus calme », « un emploi moins
	// physique »: the post sought is compared with the one held, a move
	// wished (usage), not the search of a job seeker (cep-domain.md §1.3
	// row 7)
	{p: "trouver|chercher|retrouver un|une poste|emploi|travail|job|boulot|place plus|moins", k: kNone},
}

// round17cEmployerSpecs are the employers of round 17C.
var round17cEmployerSpecs = []employerSpec{
	// « infirmier FPH », « adjoint administratif FPT »: the usual acronyms
	// of the three branches of the fonction publique (CGFP L2: État,
	// territoriale, hospitalière), as employers.go reads them spelt out
	{p: "fph", sector: sectorPublic, branch: BranchHospitaliere, w: 5, person: true},
	{p: "fpt", sector: sectorPublic, branch: BranchTerritoriale, w: 5, person: true},
	{p: "fpe", sector: sectorPublic, branch: BranchEtat, w: 5, person: true},
	// « ingénieure, cadre, secteur automobile »: the industries that
	// employers.go reads after « dans l' » are private sectors told with
	// « secteur » or « industrie » too (INSEE NAF divisions; cep-domain.md
	// §1.3 row 8)
	{p: "secteur|industrie automobile|aeronautique|agroalimentaire|pharmaceutique|chimique|metallurgique|plasturgie|metallurgie|bancaire|assurantiel|logistique|hotelier|textile", sector: sectorPrivate, w: 3, person: true},
}

// round17cSms are misspellings of a phone: the double consonant of
// « démissionné » typed single (usage: the commonest slip of that verb),
// which the typo corrector leaves alone because it lies in the last
// letters, where another word of the family often differs.
var round17cSms = map[string]string{"demissione": "demissionne", "demissionee": "demissionnee", "demissiones": "demissionnes",
	"demissionees": "demissionnees", "demissioner": "demissionner"}

// causedMove reports the wish word at m (« monter », « passer ») made the
// object of « a fait », « ont fait » (« le groupe m'a fait monter au siège
// comme cadre », « on m'a fait passer chef d'équipe »): a move done to the
// writer, a fact of the past told, not a wish of the writer (usage:
// « faire » + infinitive is the causative).
func (a *analyser) causedMove(m hit) bool {
	i := m.start
	if i < 2 || a.toks[i-1].s != "fait" {
		return false
	}
	switch a.toks[i-2].s {
	case "a", "ont", "avait", "avaient", "m", "l":
		return true
	}
	return false
}

// wishExample reports a hit in a clause opened by « par exemple » after a
// wish and a comma (« je pense vendre et me reconvertir, par exemple
// comme conseillère à la chambre d'agriculture »): the example illustrates
// the wish, as the « peut-être » of round 15A (wishGoesOn).
func (a *analyser) wishExample(h hit) bool {
	c := a.toks[h.start].clause
	j := a.clauseStart(h.start)
	if j == 0 || j+1 >= len(a.toks) || a.toks[j-1].clause != c-1 || a.toks[j-1].after != ',' {
		return false
	}
	if a.toks[j].s != "par" || a.toks[j+1].s != "exemple" {
		return false
	}
	for k := j; k < h.start; k++ {
		if a.toks[k].s == "je" || a.toks[k].s == "j" {
			return false
		}
	}
	return a.wishInClause(c - 1)
}

// proposedCourse reports an employer word inside a course somebody
// proposes or speaks of (« le lycée nous parle d'un CAP en
// apprentissage »): the kNone pattern of round17cSpecs hides the status
// word, and the apprenticeship read as a private employer must not
// settle the status either (code du travail L6222-1).
func (a *analyser) proposedCourse(h hit) bool {
	if h.p.k != kSector {
		return false
	}
	for _, m := range a.sc.hits {
		if m.p.k != kNone || m.start >= h.start || m.end < h.end {
			continue
		}
		switch a.toks[m.start].s {
		case "parle", "parlent", "parlait", "propose", "proposent", "proposait", "conseille", "conseillent", "suggere", "suggerent":
			return true
		}
	}
	return false
}

// hireStillHeld clears the past of a clause telling a hire (« puis j'ai
// été embauchée comme contractuelle à la médiathèque ») when a later
// clause says the writer is still there (« je suis toujours en contrat
// précaire », « j'y suis toujours en poste ») and no other job is told in
// between: « toujours » says the state told goes on (usage), so the
// contract of the hire is the one held now (cep-domain.md §1.3 rows 1 and
// 8), as « j'y suis toujours » of markClauses reads the clause just before.
func (a *analyser) hireStillHeld() {
	t := a.toks
	for i := 2; i+1 < len(t); i++ {
		if t[i].s != "toujours" && t[i].s != "encore" || t[i-1].s != "suis" || t[i+1].clause != t[i].clause {
			continue
		}
		switch t[i+1].s {
		case "en":
			if i+2 >= len(t) || t[i+2].clause != t[i].clause {
				continue
			}
			switch t[i+2].s {
			case "contrat", "poste", "cdd", "cdi", "place":
			default:
				continue
			}
		case "la", "labas", "dedans", "sous":
		default:
			continue
		}
		hire := int32(-1)
		for j := i - 2; j > 0; j-- {
			if t[j].clause == t[i].clause {
				continue
			}
			if hireVerb[t[j].s] && (t[j-1].s == "ete" || t[j-1].s == "a" || t[j-1].s == "ont") {
				hire = t[j].clause
				break
			}
		}
		if hire < 0 || !a.sc.past[hire] {
			continue
		}
		other := false
		for _, h := range a.sc.hits {
			c := t[h.start].clause
			if c > hire && c < t[i].clause && (h.p.k == kStatus && h.p.v != "-" || h.p.k == kSector) {
				other = true
				break
			}
		}
		if !other {
			a.sc.past[hire] = false
		}
	}
}

// hireVerb are the participles of a hire.
var hireVerb = map[string]bool{"embauche": true, "embauchee": true, "recrute": true, "recrutee": true, "engage": true, "engagee": true}

// grantedAfterAsk reports a recognition asked for and then granted, told
// in a relative clause or a coordinated verb after it (« j'ai demandé la
// RQTH, que j'ai obtenue en 2024 », « demandé la RQTH et obtenue en
// mars »): the CDAPH's decision is the recognition (code du travail
// L5213-2), which the ask before it does not undo.
func (a *analyser) grantedAfterAsk(h hit) bool {
	for j := h.end; j < len(a.toks) && j <= h.end+5; j++ {
		switch a.toks[j].s {
		case "obtenue", "obtenu", "accordee", "accorde", "eue", "reconnue":
			return true
		case "que", "qu", "j", "ai", "l", "et", "enfin", "finalement", "je", "m", "a", "on", "ete", "elle", "me":
		default:
			return false
		}
	}
	return false
}

// helpedLast reports the help asked for a relative by a pronoun as the
// last word of the message (« Qui peut l'accompagner ? », « comment
// l'aider »), which the scan of markForRelative, looking one word ahead,
// never reaches: the message is written for the relative told of
// (cep-domain.md §4: a message for a relative routes on the relative).
func (a *analyser) helpedLast() bool {
	n := len(a.toks) - 1
	if n >= 1 && helpFor[a.toks[n].s] && a.helpedPronoun(n) {
		// no « pour » precedes what is told: as for a retiree writing
		// (retiredWriterForRelative), only the writer's own clauses hold
		// the writer's age; at the last word, every age before it was
		// taken for the writer's (« Mon fils, 23 ans, … Vers qui
		// l'orienter ? » lost the son's age)
		a.forPos = 0
		return true
	}
	return false
}

// withRelativeWe reports the relative's possessive at i introduced by
// « avec » (« avec mon compagnon on a repris une exploitation », « avec ma
// sœur nous avons ouvert un salon »): the « on » or « nous » that follows
// is the writer and the relative together, so what they do is the
// writer's own as well (usage: « avec X, on… » is a joint subject).
func (a *analyser) withRelativeWe(i int) bool {
	return i > 0 && a.toks[i-1].s == "avec" && a.toks[i-1].clause == a.toks[i].clause
}

// depAfterDansArticle reports a département name typed without its
// capital after « dans » and its article, where the writer says he or she
// lives (« jhabite ds la marne », « il vit dans l'aude », « jsui ds le
// var »): a département takes the article (usage: « dans le Var », « dans
// la Marne »; cep-domain.md §3), and the home verb tells a place, not the
// common word (« le lot », « la manche ») that the name also is.
func (a *analyser) depAfterDansArticle(i int, dep string, home bool) bool {
	if dep == "" || !home || i < 2 {
		return false
	}
	t := a.toks
	c := t[i].clause
	if t[i-1].clause != c || t[i-2].clause != c || t[i-2].s != "dans" {
		return false
	}
	switch t[i-1].s {
	case "le", "la", "l", "les":
		return i+1 == len(t) || t[i+1].clause != c || t[i+1].num || !placeNounFollows[t[i+1].s]
	}
	return false
}

// placeNounFollows are words after which the common word is a thing, not
// the département (« dans le lot de pièces », « dans la manche de »).
var placeNounFollows = map[string]bool{"de": true, "d": true, "du": true, "des": true}

// caObject reports « ça » or « cela » at j as the object of a preposition
// (« jpeu plus vivre avec ca 35a », « des formations pr ca 30ans »): the
// pronoun ends its phrase, so the number after it starts the next item of
// an SMS, not the duration of « ça (fait) 10 ans » (usage).
func (a *analyser) caObject(j int) bool {
	t := a.toks
	if j < 1 || t[j].s != "ca" && t[j].s != "cela" || t[j-1].clause != t[j].clause {
		return false
	}
	switch t[j-1].s {
	case "pour", "avec", "sans", "comme", "malgre":
		return true
	}
	return false
}
