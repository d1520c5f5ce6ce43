package analysis

// Round 27A of issue 13 — the border between a job held now and a job that
// has ended or is ending, told with an employee's words (scratch set
// tuning146, written and committed before the analyser ran on it; a third
// of it near misses). cep-domain.md §1.3 row 7 and §4: a job seeker
// includes the fin de CDD, the licencié, the intérimaire without mission,
// the person whose employer closed; an employee (row 8) includes the CDD
// that runs, the intérimaire on mission and the apprentice.
//
//   - The workplace closed, told of the writer's place: « le restaurant dans
//     lequel je bossais a coulé », « le cabinet où j'étais dessinateur a
//     fermé », « je travaillais dans une imprimerie qui a fermé en avril »,
//     « employée dans une crèche privée, fermée depuis le 1er juin »,
//     « l'agence qui m'employait a cessé son activité ». Round 23B read the
//     closure only right after the noun or after « où je travaillais »;
//     a complement of the noun (« d'architectes ») or the job told first
//     (« je travaillais dans … qui a fermé ») left the job word alone, and
//     the job word made an employee. The closure is now read wherever the
//     writer's past work ties the place to the closure (closedPlaceR27a),
//     or when the place opens the clause right after the writer's job
//     (« CDI d'employé chez Casino, le magasin a été fermé »: round 23B's
//     weaker reading of « la société a fermé » becomes the loss of that
//     job). No closure is read when a job is told after it (« le magasin
//     a fermé, maintenant je fais de l'intérim ») or when the writer's
//     work of now was told (« je cumule deux emplois … avant, j'étais dans
//     une usine qui a fermé »).
//     Kept: the closure told without the writer's tie (« le supermarché a
//     été fermé », then a title: left as it was), a closure with an object
//     (« l'entreprise a fermé un de ses sites »: one site, not the
//     writer's), a relative's place (« la société qui l'employait »),
//     a closure ahead or feared (« va fermer », « rumeurs de fermeture »).
//   - A title, then its loss, of the same strength (« aide-soignante en
//     clinique privée, licenciée le mois dernier »): the earlier job word
//     won the tie. Round 26A lifted the rival doubt only when the loss won;
//     on a tie the loss told done after the title now wins as well
//     (titleThenLossR26a's narrowing is kept: no job after the loss, no
//     apprentice, no relative).
//   - The length of the job lost (« licenciée en mai après 15 ans de CDI
//     chez un équipementier »): the CDI inside « après|pendant N ans de »
//     is the job of before, no rival of the loss.
//   - « catégorie B à France Travail », « inscrite en catégorie C »: the
//     categories of the job seekers' list (arrêté du 5 février 1992, the
//     categories A to E published by France Travail and the DARES), not
//     the categories of the fonction publique (lexicon.go reads
//     « catégorie A|B|C » alone as a public agent's).
//   - « la saison des asperges est finie », « contrat saisonnier à la
//     cueillette terminé la semaine dernière »: the season named with its
//     crop or place (round 13A read only « saison d'été|d'hiver »).
//   - « je n'ai plus d'employeur »: no employer, a job seeker.
//   - « je termine mon remplacement le 2 juillet », « je finis mon CDD le
//     30 »: the writer's contract ends (the readers of dates keep an end
//     months ahead an employee's: endsLater); « la salariée revient »,
//     « la salariée que je remplace » is the other employee, not the writer.
//   - « ma patronne a rompu mon contrat », « le patron a arrêté mon
//     contrat », « il a mis fin à mon contrat »: the apprentice's contract
//     broken, as « mon patron m'a virée » (round 20B).
//   - « ma période d'essai est finie, je suis confirmé »: the trial period
//     over is the job kept; round 7's « période d'essai terminée » read a
//     dismissal. Broken, interrupted, stopped or not validated stay a job
//     seeker's, and « se termine fin juin » (still on trial) an employee's.
//
// Tried and left out: « contra » read as « contrat » (SMS) turned
// « chui militair fin de contra ds 2 mois » (heldout3, a soldier: the
// misspelt « militair » is not read) into a job seeker.
//
// Kept as they were (near misses of tuning146): a CDI held with a search
// (« je suis en CDI et je cherche ailleurs »), a dismissal feared (« j'ai
// peur d'être licencié », « plan social annoncé »), a CDD, a season or a
// mission that runs months ahead, a loss of before with a job now
// (« licencié en 2019, maintenant en CDI »), a relative's loss beside the
// writer's job.
//
// Sources: cep-domain.md §1.3 rows 7 and 8, §4; arrêté du 5 février 1992
// portant application de l'article L. 5411-3 du code du travail (the
// categories of job seekers); France Travail / DARES, « Demandeurs d'emploi
// inscrits à France Travail » (categories A, B, C: tenus de rechercher un
// emploi, B and C with a reduced activity).

// round27aSpecs are the patterns of round 27A.
var round27aSpecs = []patSpec{
	// « catégorie B à France Travail », « cat C chez pôle emploi »: the
	// list of job seekers, stronger than the fonction publique's
	// « catégorie B » (w 3)
	{p: "categorie|cat a|b|c|d|e a|chez|au|de|du|aupres? pole|france emploi|travail", k: kStatus, v: "demandeur_emploi", w: 6},
	{p: "inscrit|inscrite|inscrits|inscrites en categorie|cat a|b|c|d|e", k: kStatus, v: "demandeur_emploi", w: 6},
	// « la saison des asperges est finie », « la saison de ski s'est
	// terminée »
	{p: "saison d|de|des _ _? s|se? est " + endedWords, k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	// « contrat saisonnier à la cueillette des fraises terminé la semaine
	// dernière », « CDD saisonnier jusqu'à fin octobre, fini »
	{p: "contrat|cdd|contrats saisonnier|saisonniere|saison _? _? _? _? _? termine|terminee|fini|finie|acheve|achevee", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	// « on m'a mis dehors », « ils m'ont mise à la porte », « je me suis
	// fait mettre dehors »: put out of the job (read only beside a word of
	// work: putOutAtHomeR27a drops a home's door)
	{p: "m|me a|ont|avait|avaient mis|mise|fichu|fichue|foutu|foutue dehors", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	{p: "m|me a|ont|avait|avaient mis|mise|fichu|fichue|foutu|foutue a la porte", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	{p: "fait|faite mettre|foutre dehors", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	{p: "fait|faite mettre|foutre a la porte", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	// « je n'ai plus d'employeur », « plus de patron »
	{p: "n|ne? ai|a plus d|de employeur|patron|patronne", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	// « je termine mon remplacement le 2 juillet », « je finis mon CDD le
	// 30 »: the writer's contract ends (a date months ahead: endsLater)
	{p: "je|j termine|finis|acheve mon|ma remplacement|contrat|cdd|saison", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	// « la salariée revient », « le salarié que je remplace »: another
	// employee than the writer
	{p: "la|le|les salarie|salariee|salaries|titulaire revient|reviennent|rentre|reprend|que|qu", k: kNone},
	// « ma période d'essai est finie »: the trial over, the job kept (the
	// kNone hides round 7's reading inside it)
	{p: "ma|la|sa|mon periode d essai s? est terminee|finie|achevee|validee", k: kNone},
}

// closedWordsR27a are the words of a workplace closed (« a fermé », « a été
// fermée », « a coulé », « a fait faillite », « a cessé son activité »).
var closedWordsR27a = map[string]bool{"ferme": true, "fermee": true, "fermes": true, "fermees": true, "coule": true,
	"liquide": true, "liquidee": true, "faillite": true, "cesse": true}

// workplaceNounsR27a are the nouns of a private workplace that closes.
var workplaceNounsR27a = map[string]bool{"entreprise": true, "boite": true, "societe": true, "usine": true, "magasin": true,
	"agence": true, "restaurant": true, "resto": true, "site": true, "atelier": true, "entrepot": true, "hotel": true,
	"enseigne": true, "supermarche": true, "hypermarche": true, "boutique": true, "imprimerie": true, "creche": true,
	"cabinet": true, "boulangerie": true, "garage": true, "commerce": true, "superette": true, "epicerie": true, "bar": true,
	"brasserie": true, "salon": true, "pharmacie": true, "laboratoire": true, "labo": true, "association": true,
	"scierie": true, "fonderie": true, "filature": true, "librairie": true, "concession": true, "pme": true, "start": true,
	"startup": true, "plateforme": true, "pizzeria": true, "creperie": true, "snack": true, "cafe": true, "bistrot": true,
	"traiteur": true, "boucherie": true, "charcuterie": true, "poissonnerie": true, "quincaillerie": true, "menuiserie": true, "centre": true, "clinique": true, "ehpad": true, "franchise": true}

// pastWorkWordsR27a are the writer's words of a past work at a place
// (« je travaillais », « je bossais », « j'étais », « qui m'employait »).
var pastWorkWordsR27a = map[string]bool{"travaillais": true, "bossais": true, "taffais": true, "etais": true, "employait": true,
	"embauchait": true, "etions": true, "travaillions": true}

// closedPatR27a is the reading of a closed workplace found by
// closedWorkplaceR27a: the loss of the job, an event.
var closedPatR27a = &pattern{elems: [][]string{{"ferme"}}, k: kStatus, v: "demandeur_emploi", w: 5, event: true}

// closedWorkplaceHitsR27a adds the reading of a workplace closed where the
// writer's past work ties the place to the closure (see the head of this
// file) and no job seeker's pattern already reads it.
func (a *analyser) closedWorkplaceHitsR27a() {
	a.dropSeasonAheadR27a()
	t := a.toks
	if a.presentWorkR27a() {
		return // « je cumule deux emplois … avant, j'étais ouvrière dans une usine qui a fermé »: the job of now was told
	}
	for j := 1; j < len(t); j++ {
		if !a.is(j, clsClosedWordsR27a) || !a.closedDoneR27a(j) { // (closedWordsR27a's token class)
			continue
		}
		n := a.closedPlaceR27a(j)
		if n < 0 {
			continue
		}
		if a.jobAfterR27a(j) {
			continue // « le magasin a fermé, maintenant je fais de l'intérim »: the job of now
		}
		start := n
		if t[n].clause != t[j].clause {
			start = j // « employée dans une crèche, fermée depuis »: the participle's own clause
		}
		a.insertLossR27a(closedPatR27a, start, j)
	}
	a.overSaidAfterWorkR27a()
}

// insertLossR27a adds the job seeker's hit p over [start, j] unless a job
// seeker's pattern already reads the word at j.
func (a *analyser) insertLossR27a(p *pattern, start, j int) {
	at := len(a.sc.hits)
	for h, x := range a.sc.hits {
		if x.p.k == kStatus && x.p.v == "demandeur_emploi" && x.start <= j && x.end > j {
			if x.p.w < p.w && x.p.event {
				a.sc.hits[h].p = p // round 23B's « la société a fermé » (w 4), now tied to the writer
			}
			return
		}
		if at == len(a.sc.hits) && x.start >= start {
			at = h
		}
	}
	a.sc.hits = append(a.sc.hits, hit{})
	copy(a.sc.hits[at+1:], a.sc.hits[at:])
	a.sc.hits[at] = hit{p: p, start: start, end: j + 1}
}

// workNounsR27a are the nouns of a contract or a job that ends.
var workNounsR27a = map[string]bool{"saison": true, "contrat": true, "cdd": true, "job": true, "boulot": true, "taf": true,
	"remplacement": true, "vendanges": true, "cueillette": true, "recolte": true}

// overPatR27a is the reading of « …, c'est fini depuis avril » after a
// contract or a season (overSaidAfterWorkR27a).
var overPatR27a = &pattern{elems: [][]string{{"fini"}}, k: kStatus, v: "demandeur_emploi", w: 5, event: true}

// overSaidAfterWorkR27a reads « c'est fini », « c'est terminé » told
// done (with « depuis » or « donc », or ending the clause) right after a
// clause naming the writer's contract, season or job (« j'étais en saison
// à la station, c'est fini depuis avril », « CDD saisonnier jusqu'à fin
// octobre, fini donc »): the job ended. « c'est fini » after the studies
// or without a work noun in the clause before is not read.
func (a *analyser) overSaidAfterWorkR27a() {
	t := a.toks
	for j := 2; j < len(t); j++ {
		switch t[j].s {
		case "fini", "finie", "termine", "terminee":
		default:
			continue
		}
		c := t[j].clause
		start := j
		if t[j-1].s == "est" && t[j-2].s == "c" && t[j-2].clause == c {
			start = j - 2
		} else if t[j-1].s == "c" && t[j-1].clause == c {
			start = j - 1 // « c fini » (SMS)
		}
		if start > 0 && t[start-1].clause == c {
			continue // the clause must open with it: « c'est fini », « fini donc »
		}
		if j+1 < len(t) && t[j+1].clause == c && t[j+1].s != "depuis" && t[j+1].s != "donc" {
			continue
		}
		work, studies := false, false
		for k := start - 1; k >= 0 && t[k].clause >= c-1; k-- {
			work = work || workNounsR27a[t[k].s]
			studies = studies || t[k].s == "etudes" || t[k].s == "ecole" || t[k].s == "fac" || t[k].s == "lycee" || t[k].s == "stage"
		}
		if work && !studies {
			a.insertLossR27a(overPatR27a, start, j)
		}
	}
}

// closedDoneR27a reports the closure word at j told done and without an
// object: « a fermé », « ont fermé ses portes », « a été fermée », « a
// coulé », « a fait faillite », « a cessé son activité », or a participle
// opening its clause before « depuis » (« …, fermée depuis le 1er juin »).
// « a fermé un de ses sites » (an object: one site) and « va fermer » are
// not.
func (a *analyser) closedDoneR27a(j int) bool {
	t := a.toks
	w, prev := t[j].s, t[j-1].s
	next := ""
	if j+1 < len(t) && t[j+1].clause == t[j].clause {
		next = t[j+1].s
	}
	switch w {
	case "faillite":
		return prev == "fait" && j >= 2 && (t[j-2].s == "a" || t[j-2].s == "ont")
	case "cesse":
		return (prev == "a" || prev == "ont") && (next == "son" || next == "ses" || next == "leur") && j+2 < len(t) &&
			(t[j+2].s == "activite" || t[j+2].s == "activites")
	}
	if t[j-1].clause != t[j].clause {
		return next == "depuis" // « …, fermée depuis le 1er juin »
	}
	done := prev == "a" || prev == "ont" || prev == "ete" && j >= 2 && (t[j-2].s == "a" || t[j-2].s == "ont" || t[j-2].s == "est")
	if !done {
		return false
	}
	switch next {
	case "le", "la", "l", "les", "un", "une", "des", "son", "sa", "leur", "leurs", "plusieurs", "deux", "trois":
		if j+2 < len(t) && timeNounsR27a[t[j+2].s] {
			return true // « a coulé l'hiver dernier », « a fermé la semaine dernière »: a time, no object
		}
		return false // an object: « a fermé un de ses sites »
	}
	return true
}

// timeNounsR27a are the nouns of a time complement after a closure
// (« l'hiver dernier », « le mois dernier », « la semaine passée »).
var timeNounsR27a = map[string]bool{"hiver": true, "ete": true, "printemps": true, "automne": true, "an": true, "annee": true,
	"mois": true, "semaine": true, "jour": true, "lundi": true, "mardi": true, "mercredi": true, "jeudi": true, "vendredi": true,
	"samedi": true, "dimanche": true}

// closedPlaceR27a returns the workplace noun that closed at j when the
// writer's past work ties it to the writer (-1: none): a relative clause
// of the writer between the noun and the closure (« où j'étais »,
// « dans lequel je bossais », « qui m'employait »), or the writer's past
// work before the noun (« je travaillais dans une imprimerie … qui a
// fermé »), or the writer's job title before it (« employée dans une
// crèche, fermée depuis »).
func (a *analyser) closedPlaceR27a(j int) int {
	t := a.toks
	n := -1
	for k := j - 1; k >= 0 && k >= j-10; k-- {
		if workplaceNounsR27a[t[k].s] && k > 0 && placeDetR27a[t[k-1].s] {
			n = k
			break
		}
	}
	if n < 0 {
		return -1
	}
	for k := n + 1; k < j; k++ {
		if t[k].s == "avant" || t[k].s == "auparavant" || t[k].s == "autrefois" {
			return -1 // a job of before, told as such
		}
		if pastWorkWordsR27a[t[k].s] && (t[k-1].s == "je" || t[k-1].s == "j" || t[k-1].s == "m" || t[k-1].s == "nous" || t[k-1].s == "on") {
			return n // « où j'étais », « qui m'employait »
		}
		if t[k].s == "il" || t[k].s == "elle" || t[k].s == "l" || t[k].s == "lui" {
			return -1 // a relative's place (« qui l'employait », « où il travaillait »)
		}
	}
	if a.titleBeforePlaceR27a(n) {
		return n // « gérante salariée d'un magasin, la société a fermé en avril »
	}
	// the writer's past work or title before the noun: « je travaillais
	// dans une imprimerie », « employée dans une crèche »
	d := n - 2
	if d < 0 || t[d].s != "dans" && t[d].s != "chez" && t[d].s != "pour" {
		return -1
	}
	for k := d - 1; k >= 0 && k >= d-3 && t[k].clause == t[d].clause; k-- {
		if k > 0 && (t[k-1].s == "avant" || t[k-1].s == "auparavant" || t[k-1].s == "autrefois") {
			return -1 // « avant, j'étais ouvrière dans une usine qui a fermé »: a job of before
		}
		if pastWorkWordsR27a[t[k].s] && k > 0 && (t[k-1].s == "je" || t[k-1].s == "j") {
			return n
		}
		if k == 0 && (t[k].s == "employee" || t[k].s == "employe" || t[k].s == "salariee" || t[k].s == "salarie") {
			return n // the title opening the message
		}
	}
	return -1
}

// jobAfterR27a reports an employee's word told after the closure at j
// (« …, maintenant je fais de l'intérim », « depuis je suis en CDI »):
// the job of now, the closure is of before.
func (a *analyser) jobAfterR27a(j int) bool {
	for _, h := range a.sc.hits {
		if h.start > j && h.p.k == kStatus && (h.p.v == "salarie_prive" || h.p.v == statusUndecided) && !h.p.event {
			return true
		}
	}
	return false
}

// relativeNounsR27a are the relatives whose job a clause may tell
// (« mon mari est vendeur, le magasin a fermé »).
var relativeNounsR27a = map[string]bool{"mari": true, "femme": true, "epouse": true, "fils": true, "fille": true, "frere": true,
	"soeur": true, "pere": true, "mere": true, "conjoint": true, "conjointe": true, "compagnon": true, "compagne": true,
	"ami": true, "amie": true, "copain": true, "copine": true, "voisin": true, "voisine": true, "collegue": true}

// titleBeforePlaceR27a reports the workplace noun n opening its clause
// with a definite article (« la société », « le magasin ») right after a
// clause holding an employee's word and no relative (« CDI d'employé chez
// Casino, le magasin a été fermé »): the place is the one of the job just
// named.
func (a *analyser) titleBeforePlaceR27a(n int) bool {
	t := a.toks
	d := n - 1
	if d < 1 || t[d].s != "le" && t[d].s != "la" && t[d].s != "l" || t[d-1].clause == t[d].clause || t[d].clause == 0 {
		return false
	}
	prev := t[d].clause - 1
	for k := d - 1; k >= 0 && t[k].clause == prev; k-- {
		if relativeNounsR27a[t[k].s] {
			return false
		}
	}
	for _, h := range a.sc.hits {
		if h.p.k == kStatus && h.p.v == "salarie_prive" && !h.p.event && t[h.start].clause == prev {
			return true
		}
	}
	return false
}

// placeDetR27a are the determiners of the workplace noun.
var placeDetR27a = map[string]bool{"le": true, "la": true, "l": true, "un": true, "une": true, "mon": true, "ma": true,
	"notre": true, "cette": true, "ce": true, "cet": true}

// lossAfterTitleTieR27a reports a loss told done after a title of the same
// strength (« aide-soignante en clinique privée, licenciée le mois
// dernier »): the loss decides, under round 26A's narrowing
// (titleThenLossR26a). It is asked only when an employee's word won.
func (a *analyser) lossAfterTitleTieR27a(bestW int8) bool {
	tie := false
	for _, h := range a.sc.hits {
		if !h.p.event || h.p.v != "demandeur_emploi" {
			continue
		}
		if v, w, ok := a.statusCandidate(h); ok && v == "demandeur_emploi" && w == bestW && a.writerLossR27a(h) {
			tie = true
		}
	}
	return tie && a.titleThenLossR26a()
}

// writerLossR27a reports a loss hit told in the writer's voice: opening
// its clause (« …, licenciée le mois dernier ») or after the writer's
// subject and auxiliaries only (« j'ai été licenciée »). « j'accompagne un
// adhérent licencié pour inaptitude » is another person's loss.
func (a *analyser) writerLossR27a(h hit) bool {
	if h.p == closedPatR27a {
		return true // tied to the writer by closedPlaceR27a
	}
	t := a.toks
	c := t[h.start].clause
	for k := h.start - 1; k >= 0 && t[k].clause == c; k-- {
		switch t[k].s {
		case "je", "j", "ai", "suis", "ete", "me", "m", "a", "mais", "et", "puis", "donc", "moi", "enfin", "finalement":
		default:
			return false
		}
	}
	return true
}

// presentWorkR27a reports the writer's work told in the present before
// any closure (« je travaille », « je bosse », « je cumule deux
// emplois »): the closure told later is a job of before.
func (a *analyser) presentWorkR27a() bool {
	t := a.toks
	for k := 1; k < len(t); k++ {
		switch t[k].s {
		case "travaille", "bosse", "cumule", "taffe":
			if t[k-1].s == "je" {
				return true
			}
		}
	}
	return false
}

// dropSeasonAheadR27a removes the seasonal contract's end read by
// round27aSpecs when its verb is a present (« mon contrat saisonnier se
// termine fin août »): the season runs, the readers of dates decide.
func (a *analyser) dropSeasonAheadR27a() {
	t := a.toks
	kept := a.sc.hits[:0]
	home := a.putOutAtHomeR27a()
	for _, h := range a.sc.hits {
		if home && h.p.k == kStatus && h.p.event && (h.p.elemIs(-1, "dehors") || h.p.elemIs(-1, "porte")) {
			continue
		}
		if h.p.k == kStatus && h.p.event && h.p.elemCount() > 2 && h.p.elemIs(1, "saisonnier") && h.end-2 >= 0 &&
			(t[h.end-2].s == "se" || t[h.end-2].s == "va" || t[h.end-2].s == "sera") {
			continue
		}
		kept = append(kept, h)
	}
	a.sc.hits = kept
}

// pastSpanJobR27a reports an employee's word inside the length of a job of
// before (« après 15 ans de CDI chez un équipementier », « pendant dix
// ans de CDD »): « après|pendant » and a number of years or months, then
// « de », before the word in its clause.
func (a *analyser) pastSpanJobR27a(h hit) bool {
	t := a.toks
	c := t[h.start].clause
	for k := h.start - 1; k >= 2 && k >= h.start-6 && t[k].clause == c; k-- {
		if (t[k].s == "de" || t[k].s == "d") && (t[k-1].s == "ans" || t[k-1].s == "annees" || t[k-1].s == "mois") &&
			(t[k-2].s != "" && (numberWords[t[k-2].s] > 0 || t[k-2].s[0] >= '0' && t[k-2].s[0] <= '9')) &&
			k >= 3 && (t[k-3].s == "apres" || t[k-3].s == "pendant") {
			return true
		}
	}
	return false
}

// apprenticeBrokeWordsR27a are the words of an apprentice's contract
// broken by the employer (« a rompu mon contrat », « a arrêté mon
// contrat », « a mis fin à mon contrat »), read beside round 20B's
// dismissals.
var apprenticeBrokeWordsR27a = map[string]bool{"rompu": true, "rompue": true, "arrete": true, "resilie": true, "casse": true}

// apprenticeContractBrokenR27a reports « a rompu|arrêté|résilié mon
// contrat » in the hit h: the employer broke the writer's contract. The
// employer is the subject (« ma patronne a rompu … »), so the reading of
// relatives may set the hit aside; the object « mon contrat » is the
// writer's.
func (a *analyser) apprenticeContractBrokenR27a(h hit) bool {
	if a.negated(h) || a.hedged(h) {
		return false
	}
	t := a.toks
	for j := h.start; j+1 < h.end; j++ {
		if apprenticeBrokeWordsR27a[t[j].s] && (t[j+1].s == "mon" || t[j+1].s == "ma") {
			return true
		}
	}
	return false
}

// putOutWorkWordsR27a are the words of work that make « on m'a mis
// dehors » a dismissal.
var putOutWorkWordsR27a = map[string]bool{"boite": true, "boulot": true, "taf": true, "travail": true, "job": true, "entreprise": true,
	"patron": true, "patronne": true, "employeur": true, "chef": true, "usine": true, "magasin": true, "societe": true,
	"poste": true, "cdi": true, "cdd": true, "direction": true, "licencie": true, "licenciee": true, "boss": true}

// putOutAtHomeR27a reports a message where « mis dehors », « mis à la
// porte » has no word of work beside it (« mes parents m'ont mis à la
// porte », « le propriétaire m'a mis dehors »): a home's door, no job
// lost.
func (a *analyser) putOutAtHomeR27a() bool {
	put := false
	for _, x := range a.toks {
		if x.s == "dehors" || x.s == "porte" {
			put = true
			break
		}
	}
	if !put {
		return false
	}
	for _, x := range a.toks {
		switch x.s {
		case "parents", "pere", "mere", "proprietaire", "proprio", "bailleur", "logement", "appartement", "foyer", "maison":
			return true
		}
	}
	for _, x := range a.toks {
		if putOutWorkWordsR27a[x.s] {
			return false
		}
	}
	return true
}
