package analysis

import (
	"math/bits"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/cep-accueil/cepbot/bot/editdist"
	"github.com/cep-accueil/cepbot/dialogs/geo"
)

// placeConf is the confidence in a place by the priority of its cue.
var placeConf = [...]uint8{0, prioDemonym: 50, prioBare: 70, prioCue: 80, prioHome: 95}

// candidateLabel names a commune for a question: « Saint-Pierre (La
// Réunion, 974) » — the département's name first, never a bare code.
func candidateLabel(c geo.Commune) string {
	name := geo.DepartementName(c.Dep)
	if name == "" {
		name = comNames[c.Dep]
	}
	if name == "" {
		return c.Name + " (" + c.Dep + ")"
	}
	return c.Name + " (" + name + ", " + c.Dep + ")"
}

// comNames are the overseas collectivities outside the 18 regions (INSEE
// COG codes), named in questions like départements.
var comNames = map[string]string{"975": "Saint-Pierre-et-Miquelon", "977": "Saint-Barthélemy", "978": "Saint-Martin",
	"986": "Wallis-et-Futuna", "987": "Polynésie française", "988": "Nouvelle-Calédonie"}

// comKeys are the folded names of outsideNames that are overseas
// collectivities, with their code in comNames: the recap names them.
var comKeys = map[string]string{"saint pierre et miquelon": "975", "miquelon": "975", "miquelon langlade": "975", "spm": "975", "saint barthelemy": "977", "saint barth": "977",
	"wallis": "986", "wallis et futuna": "986", "polynesie": "987", "polynesie francaise": "987", "tahiti": "987",
	"nouvelle caledonie": "988"}

// dominant reports whether the first homonym (the most populous) is the one
// everybody means: ten times bigger than the next, and, when an overseas
// town is among them, no other homonym of 1 000 inhabitants or more
// (« Saint-Paul » of La Réunion and of the Oise, « Saint-Pierre » of La
// Réunion, Martinique and Saint-Pierre-et-Miquelon). Otherwise the dialogue
// asks.
func dominant(homs []geo.Commune) bool {
	first := homs[0]
	if first.Population < 10*max(homs[1].Population, 100) {
		return false
	}
	overseas := len(first.Dep) == 3
	for _, h := range homs[1:] {
		if h.Population >= 1000 && (overseas || len(h.Dep) == 3) {
			return false
		}
		if h.Population >= 3000 && h.Dep != first.Dep {
			// « Valence »: Valence-d'Agen's 5 300 inhabitants are not
			// rare enough to be guessed away (issue 13, persona pb);
			// « Montreuil » is still the one of Seine-Saint-Denis
			return false
		}
	}
	return true
}

// workVerbs before a place make it a workplace (« je travaille à Lyon »).
var workVerbs = map[string]bool{"travaille": true, "travaillons": true, "bosse": true, "affecte": true, "affectee": true,
	"exerce": true, "mute": true, "mutee": true, "chez": true,
	// « frontalier en Allemagne »: a cross-border worker lives in France
	// and works abroad (the place after the word is the workplace)
	"frontalier": true, "frontaliere": true, "frontaliers": true, "frontalieres": true}

// workplaceAt reports whether the place named at i is where the visitor
// works rather than lives: it follows an employer or workplace word within
// two words (« au CHU de Nantes », « préfecture du Nord », « PME
// lyonnaise », « école élémentaire à Besançon »), or a work verb or « chez »
// within three (« chez Decathlon à Toulouse »).
func (a *analyser) workplaceAt(i int) bool {
	if a.livedThere(i) {
		return false // « … à Saint-Malo, où je vis »: the home as well
	}
	c := a.toks[i].clause
	if i > 0 && a.toks[i-1].s == "grand" && a.toks[i-1].cap && a.toks[i-1].clause == c {
		return true // « agent au Grand Lyon »: the intercommunality, not the home
	}
	for j := i + 1; j < len(a.toks) && j <= i+3 && a.toks[j].clause == c; j++ {
		if a.toks[j].s == "metropole" && (a.toks[j].cap || j == i+1) { // (« a bordeaux metropole » typed in lower case)
			return true // « agent de Nantes Métropole »: an EPCI's name (CGCT L5217-1), not the home
		}
		if !a.toks[j].cap {
			break
		}
	}
	for _, h := range a.sc.hits {
		if h.p.k != kSector || h.p.v == sectorNeutral || h.p.event || h.end > i || i-h.end > 2 || a.toks[h.start].clause != c {
			continue
		}
		if a.listItemBetween(h.end, i) {
			continue // « contrôleur SNCF 47 ans Dijon »: the age parts the items of an SMS list
		}
		return true
	}
	for j := i - 1; j >= 0 && j >= i-3 && a.toks[j].clause == c; j-- {
		if a.toks[j].num {
			break // « chez lidl 40a metz »: the age parts the items of an SMS list
		}
		if workVerbs[a.toks[j].s] && !a.homeChez(j) {
			return true
		}
		if beCues[a.toks[j].s] && j > 0 && workNouns[a.toks[j-1].s] {
			return true // « mon entreprise est à Rouen »
		}
	}
	return a.temporaryWorkPlace(i) || a.employerBeforeDuration(i) || a.workVerbFar(i) || a.siteOfTown(i) || a.titledWorkplace(i)
}

// workNouns name a workplace as the subject of « est » (« mon entreprise
// est à Rouen », « le bureau est à Lyon »): the place is the workplace's.
var workNouns = map[string]bool{"entreprise": true, "boite": true, "societe": true, "bureau": true, "bureaux": true, "usine": true,
	"magasin": true, "agence": true, "travail": true, "boulot": true, "job": true, "taf": true, "poste": true, "siege": true,
	"employeur": true, "chantier": true, "atelier": true, "restaurant": true, "boutique": true, "cabinet": true, "etablissement": true,
	"service": true, "entrepot": true, "site": true}

// dropFormerHomes sets aside a place left (« déménagé de Nantes à
// Angers », « j'ai quitté Lyon »): the home of now is the other place, or
// is asked.
func (a *analyser) dropFormerHomes(cs []placeCand) []placeCand {
	n := 0
	for _, c := range cs {
		if !a.formerHome(c.pos) {
			n++
		}
	}
	if n == len(cs) {
		return cs
	}
	if n == 0 {
		return nil // « j'ai quitté Lyon »: where the visitor lives now is asked
	}
	kept := cs[:0] // filtered in place: no allocation
	for _, c := range cs {
		if !a.formerHome(c.pos) {
			kept = append(kept, c)
		}
	}
	return kept
}

// formerHome reports a place at i right after a verb of leaving: « quitté
// Paris », « déménagé de Nantes », « parti de Lille ».
func (a *analyser) formerHome(i int) bool {
	t := a.toks
	if i == 0 || t[i-1].clause != t[i].clause {
		return false
	}
	if a.originPlace(i) || a.futureMove(i) || a.cameFrom(i) {
		return true // « originaire de Lille », « née à Brest », « je déménage à Brest »
	}
	if a.deniedHome(i) {
		return true // « j'habite pas à Tours, j'habite à Blois »
	}
	switch t[i-1].s {
	case "quitte", "quittee", "quittes", "quittees", "quitter", "quittons":
		return true
	case "de", "d", "du":
		if i >= 2 && t[i-2].clause == t[i].clause {
			switch t[i-2].s {
			case "demenage", "demenagee", "demenages", "demenagees", "demenager", "demenageons", "parti", "partie", "partis",
				"parties", "partir", "fui", "quitte":
				return true
			}
		}
	}
	return false
}

// deniedHome reports a place at i after a verb of living denied, within
// three words of its clause: « j'habite pas à Tours », « je n'habite plus
// à Tours », « je ne vis pas à Tours ». A correction names the wrong home
// beside the right one (issue 13, persona pb); the denied one was kept.
func (a *analyser) deniedHome(i int) bool {
	t := a.toks
	for j := i - 1; j >= 1 && j >= i-3 && t[j].clause == t[i].clause; j-- {
		if (t[j].s == "pas" || t[j].s == "plus") && t[j-1].clause == t[i].clause && (livingVerbs[t[j-1].s] || t[j-1].s == "vit") {
			// only a preposition or an article between: « pas loin de
			// Tours » is near Tours
			for k := j + 1; k < i; k++ {
				if !deniedHomeLinks[t[k].s] {
					return false
				}
			}
			return true
		}
	}
	return false
}

// deniedHomeLinks may stand between « pas » and the place denied.
var deniedHomeLinks = map[string]bool{"a": true, "au": true, "aux": true, "en": true, "dans": true, "sur": true, "le": true,
	"la": true, "les": true, "l": true}

// dropWorkplaces keeps the places that may be the home. It records the
// workplace's département (Facts.Workplace) whether or not a home was
// named: an agent public's employer door follows the workplace (« secrétaire
// à la mairie d'Orléans, j'habite à Blois » is affiliated to the Loiret's
// centre de gestion, cep-domain.md §1.5). When only workplaces were
// named, it records the doubt too: the dialogue asks where the visitor
// lives.
func (a *analyser) dropWorkplaces(f *Facts, cs []placeCand) []placeCand {
	homes := cs[:0] // filtered in place: no allocation
	var work placeCand
	found := false
	for _, c := range cs {
		if c.work {
			if !found {
				work, found = c, true
			}
			continue
		}
		homes = append(homes, c)
	}
	if !found {
		return homes
	}
	switch {
	case work.dep != "":
		f.Workplace = work.dep
	case len(work.homs) > 0 && (sameDep(work.homs) || dominant(work.homs)):
		f.Workplace = work.homs[0].Dep
	}
	if len(homes) > 0 {
		return homes
	}
	f.Doubts |= DoubtHome
	return nil
}

// typoPlace tries toks[i:i+n] (n = 1 or 2 words) as a misspelt town name:
// the nearest town of geo.Towns by the one edit distance of the repository
// (bot/editdist), within 1 edit (2 from 9 letters, never more than a third of
// the word), same first letter, the most populous on ties. Only words that
// are not French words of the lexicon, in a place position (after « j'habite
// », in an answer to « Où habitez-vous ? », alone in their clause, or
// capitalised after a place cue) are tried.
// The place position (hasCue) is read only for a word that may be one.
//
// It is asked at most tokens of every message (place): mayTypoPlace, its
// first test in a form the compiler inlines, spares the call where
// neither the word at i nor the one after it may be misspelt
// (TestTypoPlaceGuard).
func (a *analyser) typoPlace(i int, answer bool) (placeCand, int, bool) {
	if !a.mayTypoPlace(i) {
		return placeCand{}, 0, false
	}
	return a.typoPlaceAt(i, answer)
}

// mayTypoPlace reports whether typoPlaceAt may find a town at i: the last
// word of toks[i:i+n] (n = 2, then 1) must be of the same clause, not a
// word of the lexicon and long enough, as typoPlaceAt's loop asks first.
// The traits are read (place calls lookUpWords first).
func (a *analyser) mayTypoPlace(i int) bool {
	if j := i + 1; j < len(a.toks) && a.toks[j].clause == a.toks[i].clause && !a.sc.traits[j].known && len(a.toks[j].s) >= 4 {
		return true
	}
	return !a.sc.traits[i].known && len(a.toks[i].s) >= minFuzzyLen
}

// typoPlaceAt is typoPlace without its guard.
func (a *analyser) typoPlaceAt(i int, answer bool) (placeCand, int, bool) {
	t := a.toks[i]
	if t.num || !isAlpha(t.s) {
		return placeCand{}, 0, false
	}
	cued, cue, home := false, false, false
	for n := 2; n >= 1; n-- {
		j := i + n
		if j > len(a.toks) || a.toks[j-1].clause != t.clause {
			continue
		}
		// the misspelt word is the last one: « Saint-Etiene », « Marseil »
		last := a.toks[j-1].s
		if a.sc.traits[j-1].known || len(last) < 4 || n == 1 && len(last) < minFuzzyLen {
			continue
		}
		// two words: the first starts a commune name and is no cue word
		// (« à Argenteuil » is not a misspelt two-word name)
		if n == 2 && (placeCues[t.s] || geo.MaxWordsFrom(t.s) < 2 && !a.misspeltFirst(t.s) || len(geo.CommunesByKey(last)) > 0) {
			continue
		}
		if !cued {
			cue, home = a.hasCue(i)
			home, cued = home || answer, true
		}
		// (« 50 ans à marseil »: after an age item of a list typed on a
		// phone, the word after « à » is the town even in lower case)
		// (« chomeuse 44 ans marseil »: the last word of an SMS list,
		// right after the age item, is the town too — asked, not taken)
		if !(home || answer || a.standalone(i, j) || cue && (t.cap || a.afterAgeItem(i-1)) || a.beforeAgeItem(j-1) ||
			j == len(a.toks) && a.afterAgeItem(i)) {
			continue
		}
		var buf [64]byte
		k := buf[:0]
		ok := true
		for m := i; m < j; m++ {
			if m > i {
				k = append(k, ' ')
			}
			if !isAlpha(a.toks[m].s) {
				ok = false
			}
			k = append(k, a.toks[m].s...)
		}
		if !ok || len(k) > 30 {
			continue
		}
		if town, found := nearestTown(string(k)); found {
			prio := prioBare
			switch {
			case home || answer:
				prio = prioHome
			case cue:
				prio = prioCue
			}
			return placeCand{prio: prio, pos: i, homs: []geo.Commune{town.Commune}, typo: true}, n, true
		}
	}
	return placeCand{}, 0, false
}

// misspeltFirst reports a word that is one letter away from the first word
// of a multi-word commune name (« clermond » for « clermont »): with the
// next word it may be a two-word name misspelt in both (« clermond
// ferrand » is Clermont-Ferrand, not the Clermont of the Oise). Source:
// the official commune list (INSEE COG), as nearestTown.
func (a *analyser) misspeltFirst(w string) bool {
	if len(w) < 5 {
		return false
	}
	for _, first := range lex().townFirsts(w[0]) {
		if len(first) >= len(w)-1 && len(first) <= len(w)+1 && oneEdit(w, first) {
			return true
		}
	}
	return false
}

// oneEdit reports editdist.Distance(a, b, 1) == 1, without its table for
// ASCII words: one letter changed, added or removed, or two next to each
// other swapped.
func oneEdit(a, b string) bool {
	if !isASCII(a) || !isASCII(b) {
		return editdist.Distance(a, b, 1) == 1
	}
	if len(a) < len(b) {
		a, b = b, a
	}
	i := 0
	for i < len(b) && a[i] == b[i] {
		i++
	}
	switch len(a) - len(b) {
	case 0:
		if i == len(a) {
			return false
		}
		return a[i+1:] == b[i+1:] || i+1 < len(a) && a[i] == b[i+1] && a[i+1] == b[i] && a[i+2:] == b[i+2:]
	case 1:
		return a[i+1:] == b[i:]
	}
	return false
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// townFirsts returns the first words of the multi-word names of geo.Towns
// starting with the letter c, each once (misspeltFirst).
func (lx *lexicon) townFirsts(c byte) []string {
	if c < 'a' || c > 'z' {
		return nil
	}
	return lx.multiFirst[c-'a']
}

func (lx *lexicon) gatherTownFirsts() {
	seen := map[string]bool{}
	for c := byte('a'); c <= 'z'; c++ {
		for _, t := range geo.TownsFrom(c) {
			if first, _, multi := strings.Cut(t.Key, " "); multi && !seen[first] {
				seen[first] = true
				lx.multiFirst[c-'a'] = append(lx.multiFirst[c-'a'], first)
			}
		}
	}
}

// typoBeatsShort reports that the word at i, an exact but small commune
// (« Clermont »), is better read with the next word as a misspelt town
// (« Clermont-Ferand » → Clermont-Ferrand).
func (a *analyser) typoBeatsShort(i int, k []byte) bool {
	next := a.toks[i+1]
	if next.num || !isAlpha(next.s) || len(next.s) < 4 {
		return false
	}
	if _, known := lex().known[next.s]; known {
		return false
	}
	homs := geo.CommunesByKeyBytes(k)
	if len(homs) == 0 {
		return false
	}
	town, ok := nearestTown(string(k) + " " + next.s)
	return ok && town.Population > 2*homs[0].Population
}

// nearestTown is the town nearest to key by edit distance, if any is close
// enough.
func nearestTown(key string) (geo.Town, bool) {
	limit := min(2, len(key)/3)
	if limit == 0 || len(key) > 30 {
		return geo.Town{}, false
	}
	var best geo.Town
	bestD := limit + 1
	km := byteMask(key)
	masks := townMasks(key[0])
	for x, t := range geo.TownsFrom(key[0]) {
		if len(t.Key) > len(key)+limit || len(t.Key)+limit < len(key) {
			continue
		}
		if (km|masks[x])&maskNonASCII == 0 && bits.OnesCount64(km^masks[x]) > 2*limit {
			continue // more than limit edits apart (byteMask)
		}
		d := editdist.Distance(key, t.Key, limit)
		if d < bestD && d > 0 && d <= maxDist(len(t.Key)) {
			best, bestD = t, d // towns are most populous first: ties keep the bigger
		}
	}
	// « bordo », « bordeau », « strasbour »: spelt as heard, a big town
	// is further than two edits but sounds the same; it beats a small
	// town one edit away (« bordo » is Bordeaux, not Borgo) — issue 13,
	// persona p24c
	if st, ok := soundTown(key); ok && st.Key != key && (bestD > limit || st.Population >= 5*best.Population) {
		return st, true
	}
	return best, bestD <= limit
}

// byteMask is the set of bytes of an ASCII string, one bit per letter and
// one shared by a few other bytes, or maskNonASCII. An edit of the optimal
// string alignment distance changes at most two bits of an ASCII string's
// mask (a substitution removes one byte and adds one, an insertion or a
// deletion one, a transposition none): strings whose masks differ by more
// than 2×limit bits are more than limit edits apart.
func byteMask(s string) uint64 {
	var m uint64
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= utf8.RuneSelf:
			return maskNonASCII // runes of several bytes: no bound
		case c >= 'a' && c <= 'z':
			m |= 1 << (c - 'a')
		default:
			m |= 1 << (26 + c%32)
		}
	}
	return m
}

const maskNonASCII = 1 << 63

var townMasks = func() func(c byte) []uint64 {
	var once sync.Once
	var masks [26][]uint64 // byteMask of geo.TownsFrom(c)'s keys, in order
	return func(c byte) []uint64 {
		once.Do(func() {
			for l := range masks {
				ts := geo.TownsFrom(byte('a' + l))
				masks[l] = make([]uint64, len(ts))
				for x, t := range ts {
					masks[l][x] = byteMask(t.Key)
				}
			}
		})
		if c < 'a' || c > 'z' {
			return nil
		}
		return masks[c-'a']
	}
}()

var (
	townSoundsOnce sync.Once
	townSounds     map[string]geo.Town // soundKey → the most populous town with it
)

// soundTown is the most populous town of 20 000 inhabitants or more whose
// name sounds like key (soundKey), if any.
func soundTown(key string) (geo.Town, bool) {
	if len(key) < 4 {
		return geo.Town{}, false
	}
	townSoundsOnce.Do(func() {
		townSounds = map[string]geo.Town{}
		for _, t := range geo.Towns() { // most populous first
			if t.Population < 20000 {
				continue
			}
			k := soundKey(t.Key)
			if _, ok := townSounds[k]; !ok {
				townSounds[k] = t
			}
		}
	})
	var buf [32]byte
	if len(key) > len(buf) {
		return geo.Town{}, false
	}
	t, ok := townSounds[string(appendSoundKey(buf[:0], key))]
	return t, ok
}

func soundKey(s string) string { return string(appendSoundKey(nil, s)) }

// appendSoundKey appends to b the folded name s as French spelling sounds:
// « eaux », « eau », « au » → o, « ph » → f, « qu » → k, doubled letters
// once, a silent final e, s, x, t or d dropped (« Bordeaux » and « bordo »,
// « Strasbourg » and « strasbour » meet).
func appendSoundKey(b []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		switch {
		case strings.HasPrefix(s[i:], "eau"):
			b = append(b, 'o')
			i += 2
		case strings.HasPrefix(s[i:], "au"):
			b = append(b, 'o')
			i++
		case strings.HasPrefix(s[i:], "ph"):
			b = append(b, 'f')
			i++
		case strings.HasPrefix(s[i:], "qu"):
			b = append(b, 'k')
			i++
		case len(b) > 0 && b[len(b)-1] == s[i] && s[i] != ' ':
			// a doubled letter is heard once
		default:
			b = append(b, s[i])
		}
	}
	for len(b) > 1 {
		switch b[len(b)-1] {
		case 'e', 's', 'x', 't', 'd', 'g':
			b = b[:len(b)-1]
			continue
		}
		break
	}
	return b
}

// listItemBetween reports a number between from and to (« SNCF 47 ans
// Dijon »): in a list typed without commas, the town after an age is an
// item of its own (the home), not the employer's place.
func (a *analyser) listItemBetween(from, to int) bool {
	for j := from; j < to; j++ {
		if a.toks[j].num {
			return true
		}
	}
	return false
}

// afterAgeItem reports a word right after « N ans » or « Na » in the same
// clause (« … 53 ans Tulle », « 32 ans brest »): in a list typed on a phone
// the next item is the town.
func (a *analyser) afterAgeItem(i int) bool {
	t := a.toks
	if i < 1 || t[i-1].clause != t[i].clause {
		return false
	}
	p := t[i-1]
	if p.num {
		v, n := leadingInt(p.s)
		return v >= 16 && v <= 75 && (p.s[n:] == "a" || p.s[n:] == "ans")
	}
	if (p.s != "ans" && p.s != "an") || i < 2 || !t[i-2].num || t[i-2].clause != t[i].clause {
		return false
	}
	v, n := leadingInt(t[i-2].s)
	return n == len(t[i-2].s) && v >= 16 && v <= 75 && (i < 3 || !durationBefore[t[i-3].s])
}

// backWords say that the visitor has come back (« revenue en France »,
// « rapatrié »); « rentré(e) » says it after an auxiliary, « retour »
// after « de » or « depuis mon » (backInFrance): « préparer mon retour à
// l'emploi » is no return to France.
var backWords = map[string]bool{"revenu": true, "revenue": true, "revenus": true, "revenues": true,
	"rapatrie": true, "rapatriee": true, "rapatries": true}

// backInFrance reports a return already made: a word of backWords, or
// « rentré(e) » after « suis », « sommes », « est », « sont ». A return to
// come (« je rentre en mars à Rouen », « je veux revenir à Perpignan »)
// is not one: the visitor still lives abroad (cep-domain §4 labels the
// current home).
func (a *analyser) backInFrance() bool {
	for i, t := range a.toks {
		if backWords[t.s] {
			return true
		}
		if t.s == "retour" && i > 0 && (a.toks[i-1].s == "de" || a.toks[i-1].s == "mon" && i > 1 && a.toks[i-2].s == "depuis") {
			return true // « de retour en France », « depuis mon retour d'expatriation »
		}
		switch t.s {
		case "rentre", "rentree", "rentres", "rentrees":
			if i > 0 {
				switch a.toks[i-1].s {
				case "suis", "sommes", "est", "sont":
					return true
				}
			}
		}
	}
	return false
}

// returnToFrance keeps only the places in France when the message names a
// place outside the 18 regions (abroad, a COM), a place in France, and a
// return already made (« de retour en France après 10 ans au Québec, je
// vis chez mes parents à Nantes »). The place outside was read as the home
// and the visitor was sent to the contacts for abroad, though they live in
// France now. The French places left or still to come are dropped as
// dropFormerHomes does, so « de retour, je vais m'installer à Bordeaux »
// asks where the visitor lives now (issue 13, persona p24c).
func (a *analyser) returnToFrance(cs []placeCand) ([]placeCand, bool) {
	outside, french := false, false
	for _, c := range cs {
		switch {
		case c.outside:
			outside = true
		case c.dep != "" || len(c.homs) > 0:
			french = true
		}
	}
	if !outside || !french || !a.backInFrance() {
		return nil, false
	}
	kept := cs[:0] // filtered in place: no allocation
	for _, c := range cs {
		if !c.outside {
			kept = append(kept, c)
		}
	}
	return a.dropFormerHomes(kept), true
}

// moveDestination is the département of the last place named as a home to
// come (« je déménage à Lille le mois prochain », « on s'installe à Brest
// en juin »), when it is one département; "" otherwise.
func (a *analyser) moveDestination(cs []placeCand) string {
	dep := ""
	for _, c := range cs {
		if c.outside || c.pos == 0 || a.toks[c.pos-1].clause != a.toks[c.pos].clause || !a.futureMove(c.pos) {
			continue
		}
		switch {
		case c.dep != "":
			dep = c.dep
		case len(c.homs) > 0 && sameDep(c.homs) && !c.typo:
			dep = c.homs[0].Dep
		}
	}
	if geo.RegionOf(dep) == "" {
		return ""
	}
	return dep
}

// comCode reports the INSEE code of an overseas collectivity outside the
// 18 regions (comNames: 975, 977, 978, 986–988) typed as the answer to the
// place question or after a place word (« au 975 », « en 975 »); a
// number after « le » alone may be a date or a count, not read.
func comCode(a *analyser, i int, answer bool) bool {
	t := a.toks[i]
	if len(t.s) != 3 || comNames[t.s] == "" {
		return false
	}
	if answer && len(a.toks) <= 3 {
		return true
	}
	if i == 0 || a.toks[i-1].clause != t.clause {
		return false
	}
	switch a.toks[i-1].s {
	case "au", "en", "dans", "departement", "dep", "dept", "cp":
		return true
	}
	return false
}

// CandidateLabel is how a commune is offered among homonyms: its name,
// its département's name and code (« Cesson (Seine-et-Marne, 77) »).
func CandidateLabel(c geo.Commune) string { return candidateLabel(c) }
