package analysis

import "strings"

// Round 24A of issue 13 — family: pupils and students still enrolled whose
// course was named in a way the lexicon did not read, so that the status
// stayed unknown and an age of 16 to 25 sent them to the mission locale
// (§1.3 row 4) instead of row 2 (an enrolled student neither working nor
// seeking a job is outside the CEP: arrêté du 16 juillet 2014, annexe
// §1.2, « non ouvert aux inactifs (élèves, étudiants) »). Found by a gap
// search (scratch sets tuning134 and tuning135, 181 messages written for
// the family before the analyser ran on them, half of them near misses:
// apprentices, students with a job, graduates and drop-outs who seek work).
//
// The forms read here, each a course one is in now:
//
//   - the course right after « en », without « je suis » (« en licence de
//     socio à Nanterre », « en fac de psycho à Montpellier », « en master
//     de chimie », « en BTS diététique ») — « je suis en licence » was
//     read at weight 4, and the statistical veto blanked it for a parent's
//     « mon fils est en fac de sport »;
//   - the health course of the first year, PASS and LAS (parcours d'accès
//     spécifique santé, licence accès santé: code de l'éducation L631-1
//     and arrêté du 4 novembre 2019), « en PASS à Strasbourg », « en
//     première année de LAS »;
//   - « je fais une licence de droit », « je fais un BTS commerce », « elle
//     fait un master », « je prépare un DUT », and « je fais médecine »;
//   - « je redouble ma terminale », « il redouble sa L1 »: a pupil or a
//     student who repeats a year is enrolled in it (a past « j'ai
//     redoublé » is not read: the story may go on to a job).
//
// A course named after a diploma held (« diplômée en master de chimie »,
// « titulaire d'un master en droit ») is a graduate's, not a student's:
// notHeldR24a. The forms weigh 3 (« en <course> ») or 4 (« je fais un
// BTS »), no more than « je suis en licence »: an apprentice (« en BTS en
// alternance », weight 6) keeps the contract as status (cep-domain.md §4
// « salarie_prive … incl. apprentice »), a student with a job beside (« en
// master de psycho, je fais du babysitting en CESU ») keeps the job, and
// one who seeks work is left to rounds 9C, 21L and 22O.
//
// The readable sets' label for a graduate who seeks a job is mostly
// demandeur_emploi (about 120 messages against about 45 etudiant, tuning133
// being the one set that labels it etudiant); nothing here reads a finished
// course.
var round24aSpecs = []patSpec{
	{p: "en licence|master|fac|faculte|bts|but|dut|bachelor|deust de|d|en", k: kStatus, v: "etudiant", w: 3},
	{p: "en licence pro|professionnelle", k: kStatus, v: "etudiant", w: 3},
	{p: "en pass|paces", k: kStatus, v: "etudiant", w: 3},
	{p: "en las a|au|de|d|en", k: kStatus, v: "etudiant", w: 3},
	{p: "annee de|d pass|las|paces", k: kStatus, v: "etudiant", w: 3},
	{p: "je|tu|il|elle|fils|fille fais|fait|prepare un|une|mon|ma|sa|son licence|master|bts|but|dut|bachelor|deust|l1|l2|l3|m1|m2", k: kStatus, v: "etudiant", w: 4},
	{p: "je|tu|il|elle|fils|fille fais|fait medecine|pharma|pharmacie|droit|psycho|psychologie|socio|sociologie|staps", k: kStatus, v: "etudiant", w: 4},
	// « doctorant en histoire, sans contrat », « doctorante sans
	// financement »: a doctoral student enrolled without a contrat doctoral
	// (décret 2009-464) is a student (arrêté du 25 mai 2016, art. 11: the
	// doctorant is enrolled each year), not a job seeker; a « doctorant
	// contractuel » is a public agent and a « doctorant CIFRE » an employee
	// (readable sets), which these forms leave alone
	{p: "doctorant|doctorante|doctorants|doctorantes _? _? _? sans contrat|financement|bourse", k: kStatus, v: "etudiant", w: 5},
	{p: "doctorant|doctorante|doctorants|doctorantes", k: kStatus, v: "etudiant", w: 3},
	{p: "je|tu|il|elle|fils|fille redouble|redoubles ma|mon|sa|son|la|le seconde|2nde|premiere|1ere|terminale|l1|l2|l3|m1|m2|annee|bts|but|dut|licence|master|pass|las|paces|cap|bac|3e|3eme|4e|4eme", k: kStatus, v: "etudiant", w: 4},
}

// heldDiplomaR24a are the words before « en <course> » that tell a diploma
// held, not a course followed.
var heldDiplomaR24a = map[string]bool{
	"diplome": true, "diplomee": true, "diplomes": true, "diplomees": true,
	"titulaire": true, "titulaires": true, "obtenu": true, "obtenue": true,
	// a course told as a step of a story: « après deux années en faculté
	// de droit, j'ai … », « je me suis lancé en PASS »
	"annees": true, "semestres": true, "lance": true, "lancee": true,
	// a course to come: « je reprends des études en licence pro à la
	// rentrée », « intégrer en master », « aller en BTS »
	"etudes": true, "reprends": true, "reprendre": true, "integrer": true, "entrer": true, "rentrer": true,
	"aller": true, "passer": true, "inscrire": true, "orienter": true, "reorienter": true,
}

// notHeldR24a reports a student's « en <course> » that follows a diploma
// held (« jeune diplômée en master de chimie, au chômage », « un diplôme
// en licence de droit »): the course is over (§4: a job-seeking graduate
// is demandeur_emploi).
func (a *analyser) notHeldR24a(h hit) bool {
	t := a.toks
	if h.p.v == "demandeur_emploi" && t[h.start].s == "sans" && a.doctorantBeforeR24a(h.start) {
		return true // « doctorant en histoire, sans contrat »: a student's (see round24aSpecs)
	}
	if h.p.v == "demandeur_emploi" && t[h.start].s == "demission" && a.resignationPlannedR24a(h.start) {
		return true // « je voudrais poser ma démission pour raisons familiales »: still in post
	}
	if h.p.v == "etudiant" && h.end-h.start == 1 && strings.HasPrefix(t[h.start].s, "doctorant") && a.paidDoctorateR24a() {
		return true // « doctorant en CIFRE chez Thales », « doctorante contractuelle »: the contract says the status
	}
	if h.p.v != "etudiant" || t[h.start].s != "en" || h.start+1 >= len(t) || !courseWordsR24a[t[h.start+1].s] {
		return false
	}
	c := t[h.start].clause
	for j := h.start - 1; j >= 0 && j >= h.start-2 && t[j].clause == c; j-- {
		if heldDiplomaR24a[t[j].s] {
			return true
		}
	}
	return false
}

// doctorantBeforeR24a reports « doctorant(e) » among the five words before
// i, in its clause or the one before (« doctorant en histoire, sans
// contrat »).
func (a *analyser) doctorantBeforeR24a(i int) bool {
	t := a.toks
	for j := i - 1; j >= 0 && j >= i-5 && t[j].clause >= t[i].clause-1; j-- {
		switch t[j].s {
		case "doctorant", "doctorante", "doctorants", "doctorantes":
			return true
		}
	}
	return false
}

// resignationPlannedR24a reports a resignation to give, not given: a verb
// of handing it in or a wish among the five words before « démission » at
// i, in its clause (« poser ma démission », « je pense donner ma
// démission »).
func (a *analyser) resignationPlannedR24a(i int) bool {
	t := a.toks
	for j := i - 1; j >= 0 && j >= i-5 && t[j].clause == t[i].clause; j-- {
		switch t[j].s {
		case "poser", "donner", "deposer", "presenter", "remettre", "envoyer", "envisage", "voudrais", "veux", "pense", "compte", "vais", "va", "aimerais", "souhaite":
			return true
		}
	}
	return false
}

// paidDoctorateR24a reports a doctorate done under a work contract: a
// CIFRE (an employee of the company, code de la recherche L. 412-3 … R.
// 412-1) or a contrat doctoral (a public agent, décret 2009-464).
func (a *analyser) paidDoctorateR24a() bool {
	for _, tk := range a.toks {
		switch tk.s {
		case "cifre", "contractuel", "contractuelle", "contractuels", "doctoral", "vacataire", "salarie", "salariee":
			return true
		}
	}
	return false
}

// courseWordsR24a are the names of a course of higher education or of the
// health first year.
var courseWordsR24a = map[string]bool{
	"licence": true, "master": true, "fac": true, "faculte": true, "bts": true, "but": true, "dut": true,
	"bachelor": true, "deust": true, "l1": true, "l2": true, "l3": true, "m1": true, "m2": true,
	"pass": true, "las": true, "paces": true,
}

// courseNamedR24a reports a student's status read from a course named as
// one followed now in the forms of this round (« en licence de socio », « je
// prépare un DUT », « mon fils est … en fac de sport »), with no other
// status, no job and no search beside it: the statistical veto must not
// blank it. The model read the wish (« il voudrait autre chose ») or the
// doubt (« je doute de mon choix ») as no status at all. A student who
// seeks work or holds a job is left to rounds 9C, 21L and 22O, which ask.
func (a *analyser) courseNamedR24a(f *Facts) bool {
	if f.Status != "etudiant" || a.ev.rival != "" || a.worksVerb() || a.seeksR22o() {
		return false
	}
	for _, h := range a.sc.hits {
		v, _, ok := a.statusCandidate(h)
		if !ok || v != "etudiant" || h.p.event {
			continue
		}
		if a.courseFormR24a(h) {
			return true
		}
	}
	return false
}

// courseFormR24a reports a hit in one of the forms of this round: « en »
// and a course, or a course done, prepared or repeated (« je fais un BTS »,
// « je prépare un DUT », « je redouble ma terminale »).
func (a *analyser) courseFormR24a(h hit) bool {
	t := a.toks
	if t[h.start].s == "en" && h.start+1 < h.end && courseWordsR24a[t[h.start+1].s] {
		return true
	}
	for i := h.start; i < h.end; i++ {
		switch t[i].s {
		case "fais", "fait", "prepare", "redouble", "redoubles":
			return true
		}
	}
	return false
}

// Second family of round 24A: job seekers who name the job and the
// employer they lost were read as employees of that employer (scratch sets
// tuning134, tuning135; cep-domain.md §4: « demandeur_emploi includes …
// licencié, au chômage »; §1.3 row 7). The job title and the employer
// (« je suis cariste chez Geodis ») are read at once; the loss was said in
// a form the lexicon did not know:
//
//   - « j'ai été remercié(e) »: the everyday euphemism of a dismissal or of
//     a trial period ended by the employer (code du travail L1232-1,
//     L1221-25); « on m'a remercié » was read (lexicon.go), the passive was
//     not;
//   - the employer closed the workplace, told with the workplace as object
//     (« mon médecin a fermé le cabinet », « le patron a fermé la
//     boutique »): the subject form « le magasin a fermé » was read (round
//     13A); only a third person closes here, as « j'ai fermé le magasin »
//     may be an employee's evening shift;
//   - the employer « liquidé(e) en 2020 », « liquidée depuis »: the
//     liquidation judiciaire ends the contracts within the fortnight (code
//     de commerce L641-4, round 8);
//   - « démission en avril », « démission le 3 mai »: the noun with a date;
//     a date months ahead is read by endsLater (a resignation to come,
//     still in post), « poser ma démission », « préavis de démission »
//     have no date right after the noun and stay as they are; the noun
//     with its reason (« démission pour raisons familiales ») is a
//     resignation told as done, a wish (« je vais poser ma démission
//     pour… ») stays with the wish rules;
//   - the workplace of a trade closed, told as subject (« le cabinet a
//     fermé », « le salon a fermé »): round 13A reads « l'usine a fermé »,
//     not the cabinet, salon, institut, garage, officine of a small
//     employer (licenciement économique, code du travail L1233-3);
//   - « mon CDI (de vendeur chez Darty) s'est arrêté »: round 13A reads
//     « mon CDD s'est terminé », the CDI ended the same way (a rupture,
//     a dismissal) was not;
//   - « ma rupture conventionnelle prend effet vendredi »: the rupture
//     dated by its effect (code du travail L1237-13: the contract ends on
//     the date the agreement sets), like round 18Q's « effective »; a date
//     months ahead is read by endsLater;
//   - « j'ai quitté mon institut en mai », « j'ai quitté mon patron en
//     avril »: the employer left at a date (a resignation), as round 13A's
//     « j'ai quitté mon CDI ».
var round24aLossSpecs = []patSpec{
	{p: "le|la|l|notre|mon|son cabinet|salon|institut|officine|garage|commerce|creche|bar a|ont ferme", k: kStatus, v: "demandeur_emploi", w: 4, event: true},
	{p: "mon|son cdi _? _? _? _? s|se est " + endedWords, k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	{p: "rupture|ruptures conventionnelle|conventionelle|conv prend|prendra effet", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	{p: "rupture|ruptures conventionnelle|conventionelle|conv a pris effet", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	{p: "ai|a quitte mon|ma|mes " + bizObj + "|patron|patronne|employeur|boss en|le|debut|fin|mi janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre", k: kStatus, v: "demandeur_emploi", w: 4, event: true},
	// « j'ai quitté mon entreprise en mars pour un CDI chez … »: one job
	// for another (as round 13A's « quitté mon CDI … pour un CDI »)
	{p: "ai|a quitte mon|ma|mes " + bizObj + "|patron|patronne|employeur|boss en|le|debut|fin|mi janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre pour", k: kNone},
	{p: "ete remercie|remerciee|remercies|remerciees", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	// « remercié par mon chef pour mes dix ans de maison »: thanked
	{p: "ete remercie|remerciee|remercies|remerciees par|pour", k: kNone},
	{p: "a|ont ferme le|la|les|l cabinet|" + closingWork, k: kStatus, v: "demandeur_emploi", w: 4, event: true},
	{p: "liquide|liquidee|liquides|liquidees en|depuis", k: kStatus, v: "demandeur_emploi", w: 4, event: true},
	{p: "demission pour raison|raisons|motif|motifs familiale|familiales|personnelles|personnel|sante|medicales", k: kStatus, v: "demandeur_emploi", w: 4, event: true},
	{p: "demission en|le|debut|fin|mi janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre", k: kStatus, v: "demandeur_emploi", w: 4, event: true},
}
