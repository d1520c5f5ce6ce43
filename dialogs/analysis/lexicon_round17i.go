package analysis

import (
	"strings"
	"time"
)

// Round 17i of issue 13 (tuning62: each message retells a situation of
// tuning51–54, tuning59 or tuning61 in other words — SMS, a long story, a
// terse list, a formal letter). The rules of earlier rounds caught the
// sentence they were written for; this round makes them catch the fact
// however it is told (other verb forms and prepositions, formal words,
// spoken spellings), and leaves a fact unknown where no general reading is
// safe. Each rule names its source.

// round17iSpecs are the status patterns of round 17i.
var round17iSpecs = []patSpec{
	// « inscrit chez FT », « il s'est enregistré auprès de France
	// Travail »: the registration of a job seeker (code du travail L5411-1),
	// as « inscrit à France Travail » (lexicon.go) and « inscrit au FT »
	// (round 17F), with the other verbs and prepositions of usage
	{p: "inscrit|inscrite|inscrits|inscrites|enregistre|enregistree|enregistres|enregistrees chez|aupres|apres|a|au de|d? ft|pe", k: kStatus, v: "demandeur_emploi", w: 4, event: true},
	{p: "enregistre|enregistree|enregistres|enregistrees chez|aupres|apres|a|au de|d? france|pole travail|emploi", k: kStatus, v: "demandeur_emploi", w: 4, event: true},
	// « plus aucun contrat », « plus aucun emploi »: no job now, as « plus de
	// contrat » (lexicon.go) with the negative determiner; « travail » and
	// « poste » are left out (« plus aucun travail en hauteur possible » is
	// a limit of the job held)
	{p: "plus|pas aucun|aucune contrat|emploi|boulot|job|taf|mission", k: kStatus, v: "demandeur_emploi", w: 4, event: true},
	// « mon patron s'est séparé de moi », « l'entreprise s'est séparée de
	// lui »: the employer's euphemism for a dismissal (code du travail
	// L1231-1: the contract broken by the employer), as « m'a licencié »
	// (lexicon.go); the employer must be the subject (« mon mari s'est
	// séparé de moi » is no dismissal)
	{p: "patron|patronne|employeur|entreprise|boite|societe|direction|agence s est|etait separe|separee de|d moi|lui|elle", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	// « ne sera pas prolongé », « ne serait pas reconduit », « ils le
	// renouvellent pas »: the contract not renewed, as « pas été reconduit »
	// (round 13A) and « non renouvelé » (round 6) in the future, the
	// conditional of reported speech and the active voice (« on le
	// renouvelle pas »; with « ils » the clause is read as another
	// person's, see markRelatives, and the rule only adds to a job seeker's
	// reading); an end months
	// ahead is still read by endsLater
	{p: "sera|serait|seront|serai|serais pas|plus prolonge|prolongee|reconduit|reconduite|renouvele|renouvelee", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	{p: "me|m|le|la|l renouvellent|renouvelle|reconduisent|reconduit|prolongent|prolonge pas|plus", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	// « le contrat aidé qui m'employait … est arrivé à échéance »: the
	// contract ended at its term, as « mon contrat s'est terminé »
	// (lexicon.go), told with the formal phrase whose subject may stand far
	// before; « à terme » is left out (« arrivée à terme » is said of a
	// pregnancy)
	{p: "est|sont|etait arrive|arrivee|arrives|arrivees a echeance", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	// « l'agence n'a rien pour moi à partir de lundi », « ils n'ont plus
	// rien pour moi »: no work offered to a temp or a seasonal worker, as
	// « plus de mission » (lexicon.go: cep-domain.md §4, « intérimaire
	// without mission »)
	{p: "n|ne a|ont plus? rien pour moi|lui|elle", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	// « je serai donc demandeuse d'emploi dans quelques semaines »: the
	// announced status, as « je serai au chômage en mars » (lexicon.go)
	{p: "serai|sera|serais|serait donc? demandeur|demandeuse d emploi", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	{p: "serai|sera|serais|serait donc? sans emploi|travail|boulot|contrat", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	// « je prépare un BTS par apprentissage », « par la voie de
	// l'apprentissage »: an apprentice (code du travail L6211-1), as « en
	// apprentissage » (lexicon.go); in a public body too the apprentice's
	// contract is of private law (loi 92-675 art. 18, code du travail
	// L6227-1), which round 13B's apprenticeRival reads
	{p: "par apprentissage|alternance", k: kStatus, v: "salarie_prive", w: 6},
	{p: "par la voie de|d l apprentissage|alternance", k: kStatus, v: "salarie_prive", w: 6},
	// « j'ai renoncé à mon statut de fonctionnaire par une démission »: the
	// post given up (CGFP L550-1), its status word the object of the event
	{p: "renonce|renoncee a|au mon|ma|son|sa statut|poste|emploi|contrat|cdi|titularisation", k: kStatus, v: "demandeur_emploi", w: 4, event: true},
	{p: "renonce|renoncee par|sur une? demission a|au mon|ma|son|sa statut|poste|emploi|contrat|cdi|titularisation de|d fonctionnaire|titulaire|contractuel|contractuelle", k: kStatus, v: "demandeur_emploi", w: 4, event: true},
	{p: "renonce|renoncee par|sur une? demission a|au mon|ma|son|sa statut|poste|emploi|contrat|cdi|titularisation", k: kStatus, v: "demandeur_emploi", w: 4, event: true},
	// « sous le régime de la micro-entreprise », « au statut
	// d'auto-entrepreneur », « sous le régime micro »: the
	// micro-entrepreneur regime (code de la sécurité sociale L613-7; CGI
	// art. 50-0), as « auto-entrepreneur » (lexicon.go); the whole phrase,
	// since « la micro-entreprise » alone after an article reads as someone
	// else's business
	{p: "sous|au le? regime|statut de|d la|l? micro|auto entreprise|entrepreneur|entrepreneuse", k: kStatus, v: "auto_entrepreneur", w: 6},
	{p: "sous|au le? regime|statut de|d la|l? microentreprise|autoentreprise|microentrepreneur|autoentrepreneur", k: kStatus, v: "auto_entrepreneur", w: 6},
	{p: "sous|au le? regime|statut micro|microentrepreneur|autoentrepreneur", k: kStatus, v: "auto_entrepreneur", w: 6},
	// « IDE », « IDEC »: the infirmier diplômé d'État (code de la santé
	// publique L4311-1) and the coordinating nurse, an occupation of both
	// sectors as « infirmière » (employers.go)
	{p: "ide|idec", k: kStatus, v: statusUndecided, w: 2},
	// « en contrat à durée indéterminée »: the CDI of a formal letter
	// (code du travail L1221-2), read as « CDI » (lexicon.go)
	{p: "contrat|contrats a duree indeterminee", k: kStatus, v: "salarie_prive", w: 4},
	// « il a fermé sa boîte », « il a radié sa micro »: a business closed
	// or struck off told of oneself or a relative (row 7: « ex-indépendant
	// who stopped »), as « j'ai radié mon auto-entreprise » (round 13A) with
	// the other persons and verbs; « vendu » and « cédé » stay in the first
	// person (a boss who sells his business does not end the job)
	{p: "ai|avons|a|ont ferme|radie|liquide|cesse ma|mon|sa|son|notre|leur|l " + bizObj, k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	// « activité cessée et entreprise fermée il y a quelques semaines »:
	// the same end told by the participle alone, as in a list
	{p: "activite|activites|micro|entreprise|societe cessee|cessees|radiee|radiees|liquidee|liquidees|stoppee", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	{p: "entreprise|societe|micro fermee", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	// « je n'exerce aucune activité salariée », « pas d'emploi salarié »:
	// the salaried job denied (a student who does not work: cep-domain.md
	// §1.3 row 2), as « ne … pas salarié » is read by negated
	{p: "aucune|aucun|sans activite|emploi|travail|job salarie|salariee|remunere|remuneree", k: kNone},
	{p: "pas|plus d|de activite|emploi|travail|job salarie|salariee|remunere|remuneree", k: kNone},
	// « je ne me suis pas encore mise à chercher un emploi », « j'ai pas
	// encore commencé à chercher »: a search denied (cep-domain.md §1.3 row
	// 7 needs one), as round 17F's « je ne cherche pas de travail »
	{p: "pas|plus encore? mis|mise|commence|commencee|attaque|attaquee a|de chercher|rechercher|postuler", k: kNone},
}

// round17iResignSpecs: a resignation told with the noun (« j'ai présenté ma
// démission », « démission l'an dernier », « j'ai quitté la territoriale
// par démission »): the contract broken by the employee (code du travail
// L1237-1; for a fonctionnaire, CGFP L550-1), the same fact as « j'ai
// démissionné » (lexicon.go) and « démission en 2023 » (round 14A). A job
// held after it is read by the rules that read « démissionné … et je
// travaille en CDI » (round 16B).
var round17iResignSpecs = []patSpec{
	{p: "presente|presentee|donne|donnee|remis|remise|pose|posee ma|sa|mon demission", k: kStatus, v: "demandeur_emploi", w: 4, event: true},
	{p: "par|sur une|ma|sa? demission", k: kStatus, v: "demandeur_emploi", w: 4, event: true},
	{p: "demission l|cet|cette|au an|annee|ete|hiver|printemps|automne dernier|derniere|passe|passee", k: kStatus, v: "demandeur_emploi", w: 4, event: true},
	{p: "demission l an|annee|ete|hiver|printemps|automne", k: kStatus, v: "demandeur_emploi", w: 4, event: true},
	{p: "demission il|y a", k: kStatus, v: "demandeur_emploi", w: 4, event: true},
}

// adverbInWish reports a word of now (« à présent », « maintenant »,
// « désormais ») right after the verb of a wish that ends at from and
// right before its infinitive (« je souhaite à présent travailler pour une
// entreprise privée », « je voudrais maintenant me former »): the adverb
// stands between the modal verb and its infinitive and dates the wish,
// not a fact (usage: the adverb inserted in the verbal group, Grevisse
// § 938), so it does not end the wish as « je voudrais devenir infirmière
// je suis aide-soignante » does (wishEnds).
func (a *analyser) adverbInWish(m hit, from int) bool {
	t := a.toks
	if m.start-from > 1 || m.start > from && t[from].s != "a" || m.end >= len(t) || t[m.end].clause != t[m.start].clause {
		return false
	}
	j := m.end
	switch t[j].s {
	case "me", "m", "te", "se", "s", "vous", "nous":
		j++
	}
	if j >= len(t) || t[j].clause != t[m.start].clause {
		return false
	}
	return infinitiveLike(t[j])
}

// infinitiveLike reports a word shaped like an infinitive (« travailler »,
// « devenir », « faire »).
func infinitiveLike(tk token) bool {
	w := tk.s
	return len(w) > 3 && (strings.HasSuffix(w, "er") || strings.HasSuffix(w, "ir") || strings.HasSuffix(w, "re")) && !tk.num
}

// puisJe reports « puis-je » followed by an infinitive at i (« Puis-je
// solliciter un conseil ? »): the inverted « pouvoir » of a formal
// question, not « puis » (then) opening a step of a story (« puis je suis
// devenue vendeuse »).
func (a *analyser) puisJe(i int) bool {
	t := a.toks
	return i+2 < len(t) && t[i].s == "puis" && t[i+1].s == "je" && t[i+2].clause == t[i].clause && infinitiveLike(t[i+2])
}

// formerAside reports a hit inside brackets opened right after a former
// job title (« ancien fonctionnaire territorial (adjoint technique) », « ex
// militaire (adjudant) »): the aside details the title it follows (usage:
// the parenthesis is an apposition to the word before it), so it is
// former too, as the two words after « ancien » are (pastClause).
func (a *analyser) formerAside(h hit) bool {
	t := a.toks
	s := h.start
	for s > 0 && t[s-1].clause == t[s].clause {
		s--
	}
	if s == 0 || t[s-1].after != '(' {
		return false
	}
	pc := t[s-1].clause
	for _, m := range a.sc.hits {
		if m.p.k == kFormer && t[m.start].clause == pc && m.end <= s && s-m.end <= 3 {
			return true
		}
	}
	return false
}

// soonDayOrMonth reports in clause c a date within six weeks of now told by
// its day and month (« le 4 juillet », « le 10/07 » is not read) or by a
// part of a month (« début juillet », « à la mi-juillet », « fin juin »),
// or « dans moins de deux semaines »: the same « end within weeks » that
// makes a job seeker (cep-domain.md §4) as « dans 3 semaines » and « fin du
// mois » of soonDate. A date gone by, or further ahead, is not read.
func (a *analyser) soonDayOrMonth(c int32) bool {
	t := a.toks
	if a.now.IsZero() {
		return false
	}
	for i, tk := range t {
		if tk.clause != c {
			continue
		}
		if (tk.s == "semaines" || tk.s == "jours") && i >= 4 && t[i-4].s == "dans" && t[i-3].s == "moins" && t[i-2].s == "de" && t[i-4].clause == c {
			if v, k := leadingInt(t[i-1].s); t[i-1].num && k == len(t[i-1].s) && v <= 45 || soonCounts[t[i-1].s] || t[i-1].s == "quinze" {
				return true
			}
		}
		m := monthNumber[tk.s]
		if m == 0 || i == 0 || t[i-1].clause != c {
			continue
		}
		day := 0
		switch p := t[i-1]; {
		case p.num:
			if v, k := leadingInt(p.s); k == len(p.s) && v >= 1 && v <= 31 {
				day = v
			}
		case p.s == "debut":
			day = 5
		case p.s == "mi":
			day = 15
		case p.s == "fin":
			day = 28
		}
		if day == 0 {
			continue
		}
		d := time.Date(a.now.Year(), time.Month(m), day, 0, 0, 0, 0, time.UTC)
		if d.Before(a.now.AddDate(0, 0, -1)) {
			d = d.AddDate(1, 0, 0)
		}
		if ahead := d.Sub(a.now).Hours() / 24; ahead >= 0 && ahead <= 45 {
			return true
		}
	}
	return false
}

// publicContractEndsSoon reports the job (public, or told by a word other
// than the contract's: « employée ») of a job seeker whose contract ends
// within weeks (« agent contractuel en préfecture, il prend
// fin dans moins de deux semaines », « contractuelle à la mairie, mon
// contrat s'arrête le 10 juillet »): the job that ends, as the temporary
// contract of a private one is (endingContract), since an end within weeks
// makes a job seeker whoever the employer (cep-domain.md §4; a contractuel
// whose contract ends is involuntarily deprived of employment, code du
// travail L5424-1).
func (a *analyser) publicContractEndsSoon(v, best string) bool {
	return (v == "agent_public" || v == "salarie_prive") && best == "demandeur_emploi" && (a.contractEndsSoon() || a.endsSoonNext() || a.jobEndsR18f(v == "agent_public"))
}

// publicEndsFirst turns a public agent's word into a job seeker's when the
// contract is said to end within weeks (« agent contractuelle de la
// commune …, mon contrat s'achève à la mi-juillet »): the contractuel's
// word and the end weigh alike, and the earlier word won the tie; the end
// within weeks is what cep-domain.md §4 reads (publicContractEndsSoon).
// A soldier's end of contract is left to Défense mobilité
// (contractEndsSoon), a titulaire has no contract that ends.
func (a *analyser) publicEndsFirst(best string, bestW int8, bestEvent bool) (string, int8, bool) {
	if best != "agent_public" || bestW > 5 || !a.contractEndsSoon() && !a.endsSoonNext() || a.titulaireNow() {
		return best, bestW, bestEvent
	}
	return "demandeur_emploi", 5, true
}

// titulaireNow reports « titulaire » or « fonctionnaire » said of the
// writer now: a tenured agent, whose post does not end with a contract.
func (a *analyser) titulaireNow() bool {
	for _, h := range a.sc.hits {
		if h.p.k != kStatus || h.p.v != "agent_public" {
			continue
		}
		switch a.toks[h.start].s {
		case "titulaire", "titulaires", "fonctionnaire", "fonctionnaires", "stagiaire":
			if !a.pastClause(h) && !a.negated(h) && !a.wished(h) {
				return true
			}
		}
	}
	return false
}

// endsSoonNext reports a job seeker's event followed by a clause that says
// of it that it ends within weeks (« mon engagement ne sera pas prolongé :
// il prend fin dans moins de deux semaines »): the date told in the next
// clause, as contractEnds reads « …, il se termine le 15 ». A soldier's end
// is left to Défense mobilité, as in contractEndsSoon.
func (a *analyser) endsSoonNext() bool {
	t := a.toks
	if a.branch() == BranchArmees {
		return false
	}
	for _, h := range a.sc.hits {
		if h.p.k != kStatus || h.p.v != "demandeur_emploi" || !h.p.event || a.negated(h) {
			continue
		}
		c := t[h.start].clause
		for j := h.end; j+1 < len(t) && t[j].clause <= c+1; j++ {
			if t[j].clause == c+1 && t[j-1].clause == c && (t[j].s == "il" || t[j].s == "elle") && a.endsHere(j+1) {
				return a.soonDate(c + 1)
			}
		}
	}
	return false
}

// payVerbs are the verbs of « X qui me paie », « X qui m'emploie ».
var payVerbs = map[string]bool{"paie": true, "paye": true, "payent": true, "paient": true, "emploie": true, "emploient": true,
	"salarie": true, "salarient": true, "remunere": true, "remunerent": true, "embauche": true, "embauchent": true, "employeur": true,
	"patron": true}

// deniedEmployer reports a workplace the writer says is not the employer
// (« on fait les repas de l'hôpital mais c'est pas l'hôpital qui me
// paie », « c'était pas l'hôpital mon patron »): the place named, then
// denied as employer by a cleft « ce n'est pas X qui me paie » or « pas X
// mon patron », anywhere in the message; the employer named in the active
// voice (round 17G) turned negative.
func (a *analyser) deniedEmployer(h hit) bool {
	t := a.toks
	if h.p.k != kSector || h.p.v != sectorPublic {
		return false
	}
	if noneBefore(t, h.start) {
		return true // « j'ai plus de fac », « sans mairie »: a place there is none of
	}
	head := t[h.end-1].s
	for i := 0; i+2 < len(t); i++ {
		if t[i].s != "pas" && t[i].s != "plus" {
			continue
		}
		for j := i + 1; j < len(t) && j <= i+3 && t[j].clause == t[i].clause; j++ {
			if t[j].s != head {
				continue
			}
			for k := j + 1; k < len(t) && k <= j+4 && t[k].clause == t[i].clause; k++ {
				if payVerbs[t[k].s] {
					return true
				}
			}
		}
	}
	return false
}

// pastR17i gathers the hits of round 17i that tell a past state.
func (a *analyser) pastR17i(h hit) bool {
	return a.formerAside(h) || a.afterSpanWithout(h) || a.comparedToPast(h)
}

// comparedToPast reports a hit in a clause opened by « comme » after a
// clause in the past of the same sentence (« pendant vingt ans, j'ai tenu
// le secrétariat de la commune, comme fonctionnaire »): the apposition « comme … » qualifies the subject of the
// verb it follows (usage: « comme » of quality, Grevisse § 1121), so it is
// past with it.
func (a *analyser) comparedToPast(h hit) bool {
	t := a.toks
	s := h.start
	for s > 0 && t[s-1].clause == t[s].clause {
		s--
	}
	if t[s].s != "comme" || s == 0 {
		return false
	}
	// the clause right before it in the past (« Pendant dix-sept ans, j'ai
	// tenu le secrétariat de la commune, comme fonctionnaire »), with no
	// infinitive after its verb (« j'ai dirigé des magasins avant de
	// rejoindre le siège, comme cadre » is the job joined), and no clause
	// of the sentence in the present
	st, _ := a.sentenceOf(h)
	pc := t[s-1].clause
	for c := t[st].clause; c <= pc; c++ {
		if int(c) >= len(a.sc.past) || a.sc.present[c] {
			return false
		}
	}
	if a.sc.past[pc] {
		return true
	}
	verb := false
	for j := s - 1; j >= 1 && t[j].clause == pc; j-- {
		if a.passeCompose(j) {
			verb = true
			break
		}
		if infinitiveLike(t[j]) && (t[j-1].s == "de" || t[j-1].s == "d" || t[j-1].s == "pour" || t[j-1].s == "a") {
			return false
		}
	}
	return verb
}

// notParticiples are words that follow « j'ai » without being a past
// participle (« j'ai une RQTH », « j'ai aussi », « j'ai souvent »).
var notParticiples = map[string]bool{"une": true, "des": true, "les": true, "mes": true, "ses": true, "nos": true, "vos": true, "aussi": true,
	"souvent": true, "toujours": true, "jamais": true, "plus": true, "pas": true, "envie": true, "besoin": true, "peur": true,
	"trois": true, "treize": true, "seize": true, "quinze": true, "vingt": true, "trente": true, "cinquante": true, "soixante": true,
	"quelques": true, "plusieurs": true, "maintenant": true, "actuellement": true, "encore": true, "quarante": true}

// passeCompose reports the auxiliary « avoir » after a subject pronoun at
// j-1 followed by a word shaped like a past participle (« j'ai tenu »,
// « j'ai entretenu », « il a travaillé »): a verb of the passé composé.
func (a *analyser) passeCompose(j int) bool {
	t := a.toks
	if j < 1 || j+1 >= len(t) || t[j-1].clause != t[j].clause || t[j+1].clause != t[j].clause {
		return false
	}
	switch t[j-1].s {
	case "j", "je", "il", "elle", "on", "nous", "ils", "elles":
	default:
		return false
	}
	switch t[j].s {
	case "ai", "a", "avons", "ont":
	default:
		return false
	}
	w := t[j+1].s
	if w == "ete" {
		return true
	}
	if len(w) < 4 || t[j+1].num || notParticiples[w] {
		return false
	}
	switch w[len(w)-1] {
	case 'e', 'i', 'u', 't', 's':
		return true
	}
	return false
}

// spanNouns are the nouns of a span of time.
var spanNouns = map[string]bool{"ans": true, "annees": true, "mois": true, "semaines": true, "periode": true, "an": true, "annee": true}

// afterSpanWithout reports « sans emploi », « de chômage » after « après »
// and a span of time (« après près de deux années sans emploi, j'ai été
// recruté », « après une longue période sans emploi »): what lasted before
// something else is over, as afterYears reads « après 15 ans en CDI ».
func (a *analyser) afterSpanWithout(h hit) bool {
	t := a.toks
	if h.p.k != kStatus || h.p.v != "demandeur_emploi" || h.start == 0 || a.startAhead() {
		return false // (« après un an sans taf j'ai un CDI, je commence mardi »: not yet)
	}
	i := h.start
	if t[i].s != "sans" {
		i-- // « de chômage », « au chômage »
		if t[i].s != "de" && t[i].s != "d" && t[i].s != "au" && t[i].s != "en" {
			return false
		}
	}
	c := t[h.start].clause
	span := false
	for j := i - 1; j >= 0 && j >= i-6 && t[j].clause == c; j-- {
		switch {
		case spanNouns[t[j].s]:
			span = true
		case t[j].s == "apres":
			return span
		case t[j].num, numberWords[t[j].s] != 0:
		default:
			switch t[j].s {
			case "une", "un", "des", "de", "pres", "presque", "plus", "environ", "longue", "longues", "longs", "long", "quelques", "plusieurs", "bien":
			default:
				return false
			}
		}
	}
	return false
}

// foundInClause reports a contract word in a clause that tells it found in
// the passé composé (« j'ai décroché un CDI », « il a trouvé un poste »,
// « j'ai signé un contrat »): the same recent find as « je viens de
// trouver un CDI » (round 17A), whose start the writer may put ahead
// (notStartedYet).
func (a *analyser) foundInClause(h hit) bool {
	t := a.toks
	if h.p.v != "salarie_prive" && h.p.v != "agent_public" && h.p.v != statusUndecided {
		return false
	}
	if h.p.event && h.start+1 < h.end && auxiliaries[t[h.start].s] {
		switch t[h.start+1].s {
		case "decroche", "trouve", "signe", "obtenu", "degote":
			return t[h.start].s != "avais" && t[h.start].s != "avait"
		}
	}
	switch t[h.start].s {
	case "cdi", "cdd", "contrat", "poste", "emploi", "job", "boulot", "taf":
	default:
		return false
	}
	c := t[h.start].clause
	for j := h.start - 1; j >= 1 && j >= h.start-4 && t[j].clause == c; j-- {
		switch t[j].s {
		case "decroche", "trouve", "signe", "obtenu", "degote", "eu":
			return auxiliaries[t[j-1].s] && t[j-1].s != "avais" && t[j-1].s != "avait"
		}
	}
	return false
}

// familyCallNames are the names a family calls a parent or grandparent by,
// used without a possessive (« c'est pour papa », « j'écris pour mamie »):
// the relative as « mon père » names it (usage: the appellative).
var familyCallNames = map[string]bool{"papa": true, "maman": true, "mamie": true, "mamy": true, "papi": true, "papy": true}

// notHeldR17i gathers the status words of round 17i that do not state the
// writer's status.
func (a *analyser) notHeldR17i(h hit) bool {
	return a.missed(h)
}

// missed reports a status word followed by « me manque » (« le service
// public me manque », « la fonction publique me manque ») or said after
// « regrette »: what one longs for is not held (usage: « manquer à
// quelqu'un », to be missed).
func (a *analyser) missed(h hit) bool {
	t := a.toks
	if h.p.k != kStatus || h.p.event || h.end+1 >= len(t) || t[h.end].clause != t[h.start].clause {
		return false
	}
	switch t[h.end].s {
	case "me", "m", "lui", "nous", "leur":
	default:
		return false
	}
	switch t[h.end+1].s {
	case "manque", "manquent", "manquait", "manquaient", "manquera":
		return true
	}
	return false
}

// round17iEmployerSpecs are the employers of round 17i.
var round17iEmployerSpecs = []employerSpec{
	// « à la maison de retraite publique », « maison de retraite privée »:
	// the sector said of the home for the elderly, as « EHPAD public » and
	// « EHPAD privé » (employers.go); the public ones are établissements of
	// the fonction publique hospitalière (loi 86-33 art. 2)
	{p: "maison|maisons de retraite public|publique|publics|publiques", sector: sectorPublic, branch: BranchHospitaliere, w: 5},
	{p: "maison|maisons de retraite prive|privee|prives|privees", sector: sectorPrivate, w: 5},
}

// onBehalf reports « de » of « à la place de », « au nom de », « de la
// part de » at i (« je vous écris à la place de mon compagnon »): the
// message is written for the relative named next, as « pour mon
// compagnon » (markForRelative).
func (a *analyser) onBehalf(i int) bool {
	t := a.toks
	if i < 2 || t[i].s != "de" && t[i].s != "d" || t[i-1].clause != t[i].clause {
		return false
	}
	switch t[i-1].s {
	case "place":
		return i >= 3 && t[i-2].s == "la" && t[i-3].s == "a"
	case "nom":
		return t[i-2].s == "au"
	case "part":
		return i >= 3 && t[i-2].s == "la" && t[i-3].s == "de"
	}
	return false
}
