package analysis

// Round 22Q of issue 13 — family: an employer, a manager or a tutor who
// writes about ONE person at work WITHOUT round 22I's « un de nos … »:
// « une aide-soignante de mon équipe », « un jeune opérateur de mon
// atelier », « j'ai une collaboratrice qui… », « ma secrétaire, 52 ans »,
// « mon vendeur de 24 ans ». Found by a gap search (tuning125, 108
// messages written for the family before the analyser ran on them, about a
// third near-misses: the writer asking for themself while naming their
// team, their boss or their apprentice).
// cep-domain.md §4: the facts of a message written for someone are that
// person's; the writer's own cadre, age and status are set aside (round
// 18R relatives.go, 21I writersCadreR21i, 22I).
//
// What tells the person written about from a word of the writer's own
// work is, as in round 22I, the writer's role of authority over staff
// (employerWriterR22i: « DRH », « gérant », « chef de… », « responsable »,
// « patron », « tuteur » — the employer's power of direction, code du
// travail L1221-1; the tutor, L6223-5) and no request of the writer's own
// (ownAskR21k: « moi-même », « pour moi »). Then (workerR22q):
//   - « un|une [jeune] <noun> de|d mon|ma|notre|nos <place> »: « une
//     aide-soignante de mon équipe », « un régleur de mon atelier »,
//     « une employée de mon rayon » — any noun that is no relative, no
//     boss nor colleague (workPeople, friendsR18r), the place one of the
//     writer's organisation (ownedPlaceR18r, plus the places of a shop
//     or a site: rayon, boutique, salon, restaurant, garage, chantier,
//     cuisine, bureau);
//   - « mon|ma|notre <noun> » followed within four words by an age
//     (« ma secrétaire, 52 ans », « mon mécanicien 35 ans », « mon barman
//     a 37 ans »): an age told right after the noun names a person, not
//     the writer's shop (« mon salon »);
//   - « j'ai | j'encadre | j'emploie un|une <noun> » followed by « qui » or
//     by an age within six words (« j'ai une collaboratrice qui
//     souhaite… », « j'ai un chauffeur de 61 ans »).
// The person's status, age and cadre are then read from the person's
// words by the existing readings (markForRelative, writersCadreR21i); when
// the person's situation is not told, the status is asked.
//
// Kept unchanged: a writer with no role of authority (« aide-soignante en
// CDI, ma cadre de santé m'a parlé du CEP »); a manager who asks for
// himself (« je suis manager d'une équipe de 8 vendeurs, je veux passer
// cadre »; « j'ai une salariée qui part à la retraite et je veux moi-même
// me former »); « mon chef », « ma DRH » (workPeople and authority words
// are never the person); relatives (relativeNouns).

// placesR22q are the writer's places of work besides ownedPlaceR18r.
var placesR22q = map[string]bool{"rayon": true, "boutique": true, "salon": true, "restaurant": true, "garage": true,
	"chantier": true, "cuisine": true, "bureau": true, "laboratoire": true, "pharmacie": true, "officine": true, "boulangerie": true,
	"exploitation": true, "plateforme": true, "entrepot": true, "site": true, "departement": true, "pole": true}

// notWorkerR22q are the nouns after « mon », « une » that are no person at
// work of the writer's: the writer's bosses, colleagues and relatives are
// excluded by their own lists; these are the writer's things and groups.
var notWorkerR22q = map[string]bool{"equipe": true, "entreprise": true, "societe": true, "personne": true, "fils": true,
	"fille": true, "poste": true, "metier": true, "travail": true, "contrat": true, "cdi": true, "cdd": true, "activite": true,
	"rqth": true, "formation": true, "compte": true, "licence": true, "sasu": true, "sarl": true, "eurl": true, "sas": true, "sci": true, "boite": true, "micro": true, "voiture": true, "maison": true, "vie": true, "petit": true, "petite": true, "grand": true, "grande": true, "propre": true,
	"nouveau": true, "nouvelle": true, "premier": true, "premiere": true, "dernier": true, "derniere": true, "diplome": true, "bac": true, "age": true, "projet": true, "question": true, "demande": true, "idee": true, "envie": true}

// personNounR22q reports at n a noun that may name one person at work.
func (a *analyser) personNounR22q(n int) bool {
	t := a.toks[n]
	if t.num || len(t.s) < 3 || relativeNouns[t.s] || workPeople[t.s] || friendsR18r[t.s] || authorityR22i[t.s] ||
		notWorkerR22q[t.s] || ownedPlaceR18r[t.s] || placesR22q[t.s] || thirdNounsR18r[t.s] {
		return false
	}
	return true
}

// ageAfterR22q reports « N ans » within w words after n.
func (a *analyser) ageAfterR22q(n, w int) bool {
	for k := n + 1; k+1 < len(a.toks) && k <= n+w; k++ {
		if a.toks[k].num && a.toks[k+1].s == "ans" {
			return true
		}
	}
	return false
}

// workerR22q reports at i the words that name one person at work the
// writer writes about (see the header); start < 0 when there is none.
func (a *analyser) workerR22q(i int) (start, noun int) {
	toks := a.toks
	t := toks[i].s
	switch t {
	case "un", "une":
		// (opening its clause: « Une aide-soignante de mon équipe, 44
		// ans… », not « d'une cession de mon exploitation »)
		n := i + 1
		if n < len(toks) && toks[n].s == "jeune" {
			n++
		}
		// the place may follow a name of several words: « une aide-soignante
		// de mon équipe », « une auxiliaire de puériculture de mon équipe »
		ok := false
		for k := n + 1; k+2 < len(toks) && k <= n+4 && toks[k].clause == toks[n].clause && !ok; k++ {
			if (toks[k].s == "de" || toks[k].s == "d") && (toks[k+1].s == "mon" || toks[k+1].s == "ma" || toks[k+1].s == "notre" ||
				toks[k+1].s == "nos") && a.is(k+2, clsOwnedPlaceR18r|clsPlacesR22q) {
				ok = true
			}
		}
		if ok && (i == 0 || toks[i-1].clause != toks[i].clause) && (a.personNounR22q(n) || thirdNounsR18r[toks[n].s]) && a.authorityNotOwnR22q(i) {
			return i, n
		}
	case "mon", "ma", "notre":
		n := i + 1
		// (the age first: the cheapest of the three pure tests, and the
		// rarest)
		if n+2 < len(toks) && (i == 0 || toks[i-1].s != "a") && a.ageRightAfterR22q(n) && a.personNounR22q(n) && !a.statusAtR22q(n) &&
			a.authorityNotOwnR22q(i) {
			return i, n
		}
	case "ai", "encadre", "emploie":
		if i == 0 || toks[i-1].s != "j" && toks[i-1].s != "je" || i+3 >= len(toks) || toks[i+1].s != "un" && toks[i+1].s != "une" {
			break
		}
		n := i + 2
		if (thirdNounsR18r[toks[n].s] && (toks[n+1].s == "qui" || a.ageAfterR22q(n, 6)) || a.ageRightAfterR22q(n) && a.personNounR22q(n) &&
			!a.statusAtR22q(n)) && a.authorityNotOwnR22q(i) {
			return i + 1, n
		}
	}
	return -1, 0
}

// greetingsR22q open a message before the writer's first clause.
var greetingsR22q = map[string]bool{"bonjour": true, "bonsoir": true, "salut": true, "hello": true, "bjr": true, "coucou": true,
	"madame": true, "monsieur": true, "mesdames": true, "messieurs": true}

// authorityNotOwnR22q: a role of authority of the writer's before i (round
// 22I's, also after a greeting: « Bonjour, DRH d'une clinique… »; « cadre
// de santé », who manages the care team; or the writer's own firm
// self-employed status, « je suis artisan électricien », « médecin
// libéral »: the self-employed who says « mon ouvrier » is his employer),
// and no request of the writer's own.
func (a *analyser) authorityNotOwnR22q(i int) bool {
	if a.ownAskR21k() {
		return false
	}
	if a.employerWriterR22i(i) {
		return true
	}
	toks := a.toks
	f := 0
	for f < i && greetingsR22q[toks[f].s] {
		f++
	}
	for j := f; j < i; j++ {
		mine := toks[j].clause == toks[f].clause
		for k := j - 1; !mine && k >= 0 && toks[k].clause == toks[j].clause; k-- {
			mine = toks[k].s == "je" || toks[k].s == "j"
		}
		if !mine {
			continue
		}
		if authorityR22i[toks[j].s] && (j == 0 || !determinersR22q[toks[j-1].s]) ||
			toks[j].s == "cadre" && j+2 < i && toks[j+1].s == "de" && toks[j+2].s == "sante" {
			return true
		}
	}
	for _, h := range a.sc.hits {
		if h.start >= i {
			break
		}
		if h.p.k == kStatus && h.p.w >= 4 && statusGroup(h.p.v) == "independant" && !a.negated(h) {
			c := toks[h.start].clause
			if a.relativeBeforeR22q(h.start) {
				continue // « Mon père était artisan »: the relative's
			}
			if c == toks[f].clause {
				return true
			}
			for k := h.start - 1; k >= 0 && toks[k].clause == c; k-- {
				if toks[k].s == "je" || toks[k].s == "j" {
					return true
				}
			}
		}
	}
	return false
}

// determinersR22q before a role make it someone else's (« mon chef »).
var determinersR22q = map[string]bool{"mon": true, "ma": true, "notre": true, "son": true, "sa": true, "le": true, "la": true, "l": true,
	"un": true, "une": true, "du": true, "au": true}

// employerAboutR22q reports a message whose first person written about who
// is no relative is one of the writer's people at work (workerR22q, or
// round 18R's « ma salariée », « mon apprenti » followed by their own age),
// the writer holding a role of authority: the writer's own firm status
// (« je suis gérante d'un salon », « artisan électricien ») is the
// employer's and does not make the message the writer's own.
func (a *analyser) employerAboutR22q() (start int, ok bool) {
	for i := range a.toks {
		if s, _ := a.workerR22q(i); s >= 0 {
			return s, true
		}
		if s, n := a.thirdPersonR18r(i); s >= 0 {
			t := a.toks[i].s
			return s, (t == "mon" || t == "ma" || t == "notre") && a.ageRightAfterR22q(n) && a.authorityNotOwnR22q(i)
		}
	}
	return -1, false
}

// writerApposR22q marks as the writer's, in a message about one of the
// writer's people at work (employerAboutR22q), the clause that opens the
// message (after a greeting) without a subject of its own and names the
// writer's role (« Gérante d'une auto-école à Évreux, mon moniteur… »): a
// detached apposition at the head of the sentence qualifies the writer
// (Grevisse, § 334, as round 22F's writerApposR22f).
func (a *analyser) writerApposR22q() {
	toks, sc := a.toks, a.sc
	if !a.forRel || len(toks) == 0 {
		return
	}
	s, ok := a.employerAboutR22q()
	if !ok {
		return
	}
	f := 0
	for f < len(toks) && greetingsR22q[toks[f].s] {
		f++
	}
	if f >= s {
		return
	}
	c := toks[f].clause
	for j := f; j < len(toks) && toks[j].clause == c; j++ {
		if j >= s || ownSubjectsR21a[toks[j].s] || sc.rel[j] {
			return
		}
	}
	sc.writer[c] = true
}

// writersAgeR22q reports at i an age said before the first of the
// writer's people at work is named (workerR22q; « mon apprenti de 19
// ans »; round 22I's and 18R's « un de nos caristes »), outside that
// person's words, the writer holding a role of authority: the writer's
// own age in their apposition (« DRH (cadre, 51 ans). Un de nos caristes,
// 37 ans… ») is set aside like the writer's cadre (round 21I); the
// person's age, if told, is read; if not, it is asked.
func (a *analyser) writersAgeR22q(i int) bool {
	if a.sc.rel[i] {
		return false
	}
	for j := 0; j < i; j++ {
		if s, _ := a.workerR22q(j); s >= 0 {
			return false // the person is named before the age
		}
	}
	for j := i + 1; j < len(a.toks); j++ {
		if s, _ := a.workerR22q(j); s >= 0 {
			return true
		}
		t := a.toks[j].s
		if t != "un" && t != "une" && t != "l" && t != "mon" && t != "ma" && t != "notre" {
			continue
		}
		s, n := a.thirdPersonR18r(j)
		if s < 0 {
			continue
		}
		if t == "mon" || t == "ma" || t == "notre" {
			return a.ageRightAfterR22q(n) && a.authorityNotOwnR22q(j)
		}
		return a.authorityNotOwnR22q(j)
	}
	return false
}

// statusAtR22q reports a firm status word at n (« mon intérim, 29 ans »):
// a status, not a person (a job name, « ma secrétaire », is weaker).
func (a *analyser) statusAtR22q(n int) bool {
	for _, h := range a.sc.hits {
		if h.start == n && h.p.k == kStatus && h.p.w >= 4 {
			return true
		}
	}
	return false
}

// ageRightAfterR22q reports the person's own age right after the noun at
// n: « ma secrétaire, 52 ans », « mon vendeur de 24 ans », « mon barman a
// 37 ans », « ma secrétaire médicale, 40 ans » (one qualifying word at
// most, then « de », « d' » or « a », then « N ans »), not an age said
// further on (« ma licence et arrêté, 60 ans »).
func (a *analyser) ageRightAfterR22q(n int) bool {
	toks := a.toks
	// « N ans » at n+1, n+2 or n+3 (where the words below can put it),
	// tested before their look-ups
	num := false
	for k := n + 1; k <= n+3 && k+1 < len(toks); k++ {
		num = num || toks[k].num && toks[k+1].s == "ans"
	}
	if !num {
		return false
	}
	return a.ageRightAfterAtR22q(n)
}

// ageRightAfterAtR22q is ageRightAfterR22q without its first test.
func (a *analyser) ageRightAfterAtR22q(n int) bool {
	toks := a.toks
	k := n + 1
	if k < len(toks) && !toks[k].num && toks[k].clause == toks[n].clause && !ageLinksR22q[toks[k].s] && !stopsR22q[toks[k].s] {
		k++ // one qualifying word: « médicale », « agricole »
	}
	if k < len(toks) && ageLinksR22q[toks[k].s] {
		k++
	}
	if k+1 >= len(toks) || !toks[k].num || toks[k+1].s != "ans" {
		return false
	}
	e := toks[k-1].after // (« mon comptable gère. 44 ans »: another sentence)
	return e != '.' && e != '!' && e != '?'
}

var ageLinksR22q = map[string]bool{"de": true, "d": true, "a": true, "ag": true, "age": true, "agee": true}

// stopsR22q end the words naming the person.
var stopsR22q = map[string]bool{"et": true, "ou": true, "depuis": true, "pendant": true, "pdt": true, "en": true, "il": true, "elle": true,
	"qui": true, "que": true, "est": true, "a": true}

// relativeBeforeR22q reports a relative named before j in j's clause.
func (a *analyser) relativeBeforeR22q(j int) bool {
	for k := j - 1; k >= 0 && a.toks[k].clause == a.toks[j].clause; k-- {
		if relativeNouns[a.toks[k].s] {
			return true
		}
	}
	return false
}
