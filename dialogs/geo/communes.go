package geo

import (
	"bytes"
	"cmp"
	"compress/gzip"
	_ "embed"
	"io"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/cep-accueil/cepbot/dialogs/internal/strtab"
)

//go:embed communes.txt.gz
var communesGz []byte

// Commune is one commune of the embedded table.
type Commune struct {
	Name       string // official name, with accents
	Dep        string // département (or COM code 975, 977, 978, 98x)
	Population int    // rounded to 2 significant digits; 0 for former communes

	line int32 // 1-based line among the communes of the table (its centre's key); 0 if built by hand
}

// Outside reports whether the commune lies outside the 18 regions (COM).
func (c Commune) Outside() bool { return RegionOf(c.Dep) == "" }

var (
	comOnce sync.Once
	// The tables below hold no pointer but communes' (and depList's): the
	// collector marks them at every cycle, and as maps of strings and
	// slices (map[string][]Commune, map[string]uint8, map[string][]string)
	// they were ≈ 4.5 MB of pointer words, a third of what a warm process
	// makes it scan. Folded strings are keys of strtab tables, postal
	// codes are numbers.
	comText   string                   // the table's text: postal towns are substrings of it
	byKey     *strtab.Table[[2]uint32] // folded key -> its homonyms' span in communes
	communes  []Commune                // homonyms by key, most populous first
	firstWord *strtab.Table[uint8]     // first folded word -> longest name in words starting with it
	cpDeps    map[uint32][2]uint16     // postal code -> its span in depList
	depList   []string                 // départements of each code, prefix rule first
	cpTown    map[uint32][2]uint32     // postal code -> the name in comText of the one current commune it serves
	maxWords  int
	// communeLines counts the commune lines of the table: centres.txt.gz
	// has as many.
	communeLines int
)

// loadCommunes reads the embedded table. Its ≈ 35 000 names, their folded
// keys and the homonym lists stay inside a few allocations (the table's
// text, the keys' text and one slice of communes) instead of ≈ 100 000 small
// objects, and the indexes over them hold no pointer: they live as long as
// the process and the collector marks them at every cycle (they were half
// of a warm process's live objects).
func loadCommunes() {
	comOnce.Do(func() {
		zr, err := gzip.NewReader(bytes.NewReader(communesGz))
		if err != nil {
			panic("geo: embedded commune table is corrupt: " + err.Error()) // build bug, caught by tests
		}
		raw, err := io.ReadAll(zr)
		if err != nil {
			panic("geo: embedded commune table is corrupt: " + err.Error())
		}
		b := newComBuilder(len(raw))
		b.parse(raw)
		b.addShortNames()
		b.finish()
	})
}

// comBuilder holds what loadCommunes needs only while it builds: maps of
// strings, dropped once the pointer-free tables are made.
type comBuilder struct {
	keyBuf []byte
	keys   []string // folded keys, in order of first appearance
	group  map[string]int32
	lists  [][]Commune // homonyms per key
	words  map[string]uint8
	deps   map[string][]string
	towns  map[string][2]int // postal code -> the town's offset and length in tab
	tab    string
}

func newComBuilder(n int) *comBuilder {
	return &comBuilder{
		keyBuf: make([]byte, 0, n),
		group:  make(map[string]int32, 36000),
		words:  make(map[string]uint8, 20000),
		deps:   make(map[string][]string, 6400),
		towns:  make(map[string][2]int, 2200),
	}
}

// parse reads the table's lines: communes by département, then after "%"
// postal codes.
func (b *comBuilder) parse(raw []byte) {
	b.tab = string(raw) // names, départements and postal codes are substrings of it
	dep, postal := "", false
	var all []Commune
	var spans [][2]int
	for rest := b.tab; rest != ""; {
		var line string
		at := len(b.tab) - len(rest) // the line's offset in tab
		line, rest, _ = strings.Cut(rest, "\n")
		line = strings.TrimSuffix(line, "\r")
		switch {
		case line == "%":
			postal = true
		case postal:
			line, town, named := strings.Cut(line, "\t")
			cp, d, found := strings.Cut(line, " ")
			if named {
				b.towns[cp] = [2]int{at + len(line) + 1, len(town)}
			}
			if !found {
				d = prefixDep(cp)
			}
			if d == prefixDep(cp) {
				b.deps[cp] = append([]string{d}, b.deps[cp]...)
			} else {
				b.deps[cp] = append(b.deps[cp], d)
			}
		case strings.HasPrefix(line, "#"):
			dep = line[1:]
		default:
			name, pop, _ := strings.Cut(line, "\t")
			p, _ := strconv.Atoi(pop)
			communeLines++
			from := len(b.keyBuf)
			b.keyBuf = AppendKey(b.keyBuf, name)
			if len(b.keyBuf) == from {
				continue
			}
			all = append(all, Commune{Name: name, Dep: dep, Population: p, line: int32(communeLines)})
			spans = append(spans, [2]int{from, len(b.keyBuf)})
		}
	}
	keys := string(b.keyBuf)
	for i, c := range all {
		k := keys[spans[i][0]:spans[i][1]]
		g, ok := b.group[k]
		if !ok {
			g = int32(len(b.keys))
			b.group[k] = g
			b.keys = append(b.keys, k)
			b.lists = append(b.lists, nil)
		}
		b.lists[g] = append(b.lists[g], c)
	}
	// homonyms most populous first, in the table's order among equals
	for g, cs := range b.lists {
		slices.SortStableFunc(cs, func(a, b Commune) int { return cmp.Compare(b.Population, a.Population) })
		b.noteFirstWord(b.keys[g])
	}
}

// noteFirstWord records a commune key's first word and length in words.
func (b *comBuilder) noteFirstWord(k string) {
	n := strings.Count(k, " ") + 1
	first, _, _ := strings.Cut(k, " ")
	if uint8(n) > b.words[first] {
		b.words[first] = uint8(n)
	}
	if n > maxWords {
		maxWords = n
	}
}

// finish lays the builder's maps out as the pointer-free tables.
func (b *comBuilder) finish() {
	comText = b.tab
	n := 0
	for _, cs := range b.lists {
		n += len(cs)
	}
	communes = make([]Commune, 0, n)
	var keys strtab.Builder[[2]uint32]
	for g, k := range b.keys {
		from := uint32(len(communes))
		communes = append(communes, b.lists[g]...)
		keys.Set(k, [2]uint32{from, uint32(len(communes))})
	}
	byKey = keys.Table()
	var words strtab.Builder[uint8]
	for w, n := range b.words {
		words.Set(w, n)
	}
	firstWord = words.Table()
	b.finishPostal()
}

// finishPostal lays out the postal codes, which are 5 digits: their
// number is the key.
func (b *comBuilder) finishPostal() {
	cpDeps = make(map[uint32][2]uint16, len(b.deps))
	for cp, ds := range b.deps {
		n, ok := postalNumber(cp)
		if !ok {
			panic("geo: embedded commune table has postal code " + strconv.Quote(cp))
		}
		cpDeps[n] = [2]uint16{uint16(len(depList)), uint16(len(depList) + len(ds))}
		depList = append(depList, ds...)
	}
	depList = slices.Clip(depList)
	cpTown = make(map[uint32][2]uint32, len(b.towns))
	for cp, town := range b.towns {
		n, ok := postalNumber(cp)
		if !ok {
			panic("geo: embedded commune table has postal code " + strconv.Quote(cp))
		}
		cpTown[n] = [2]uint32{uint32(town[0]), uint32(town[1])}
	}
}

// postalNumber is the number of a 5-digit postal code.
func postalNumber(cp string) (uint32, bool) {
	if len(cp) != 5 {
		return 0, false
	}
	n := uint32(0)
	for i := 0; i < 5; i++ {
		if cp[i] < '0' || cp[i] > '9' {
			return 0, false
		}
		n = n*10 + uint32(cp[i]-'0')
	}
	return n, true
}

// prefixDep is the usual postal-code rule of cep-domain.md §3.
func prefixDep(cp string) string {
	switch {
	case len(cp) != 5:
		return ""
	case strings.HasPrefix(cp, "97"), strings.HasPrefix(cp, "98"):
		return cp[:3]
	case strings.HasPrefix(cp, "20"):
		if cp < "20200" {
			return "2A"
		}
		return "2B"
	}
	return cp[:2]
}

// CommunesByKey returns the communes whose folded name is key (see Key),
// most populous first. The slice must not be modified.
func CommunesByKey(key string) []Commune {
	loadCommunes()
	s, _ := byKey.Get(key)
	return communes[s[0]:s[1]:s[1]] // capped: an append copies
}

// CommunesByKeyBytes is CommunesByKey for a key held in a byte buffer; it
// does not allocate.
func CommunesByKeyBytes(key []byte) []Commune {
	loadCommunes()
	s, _ := byKey.GetBytes(key)
	return communes[s[0]:s[1]:s[1]]
}

// CommuneKeys yields every folded key of CommunesByKey, for a caller that
// builds a first test of its own before the look-up.
func CommuneKeys(yield func(k string)) {
	eachKey(func(k string, _ []Commune) { yield(k) })
}

// eachKey yields every folded key and its homonyms.
func eachKey(yield func(k string, cs []Commune)) {
	loadCommunes()
	for k, s := range byKey.All() {
		yield(k, communes[s[0]:s[1]:s[1]])
	}
}

// MaxWordsFrom returns the length, in words, of the longest commune name
// starting with the folded word w, or 0 when no name starts with it. It lets
// a scanner skip most words of a message with one lookup.
func MaxWordsFrom(w string) int {
	loadCommunes()
	n, _ := firstWord.Get(w)
	return int(n)
}

// FirstWords yields every word a commune name starts with and its
// MaxWordsFrom, for a caller that indexes them with words of its own.
func FirstWords(yield func(w string, n int)) {
	loadCommunes()
	for w, n := range firstWord.All() {
		yield(w, int(n))
	}
}

// PostalCode resolves a 5-digit postal code. dep is its département (or COM
// code); known is false for a code absent from the official list, in which
// case dep is the prefix-rule guess. outside is true for codes outside the
// 18 regions (975xx, 97133, 97150, 98xxx).
func PostalCode(cp string) (dep string, known, outside bool) {
	loadCommunes()
	n, ok := postalNumber(cp)
	if !ok {
		return "", false, false
	}
	if s, ok := cpDeps[n]; ok && s[1] > s[0] {
		dep, known = depList[s[0]], true
	} else {
		dep = prefixDep(cp)
	}
	if dep == "96" || dep == "00" || dep == "99" {
		return "", false, false
	}
	return dep, known, RegionOf(dep) == ""
}

// PostalCommune returns the one current commune a postal code serves
// (« 59000 » is Lille, « 69100 » Villeurbanne), or "" when the code serves
// several communes or is unknown: a code shared by a town and its
// neighbours names no commune rather than the wrong one.
func PostalCommune(cp string) string {
	loadCommunes()
	n, ok := postalNumber(cp)
	if !ok {
		return ""
	}
	s := cpTown[n]
	return comText[s[0] : s[0]+s[1]]
}

// PostalDeps returns every département served by a postal code (a few codes
// straddle a border), prefix-rule département first. The slice must not be
// modified.
func PostalDeps(cp string) []string {
	loadCommunes()
	n, ok := postalNumber(cp)
	if !ok {
		return nil
	}
	s, ok := cpDeps[n]
	if !ok {
		return nil
	}
	return depList[s[0]:s[1]:s[1]]
}

// shortConnectors split a compound name into the part people use alone:
// "Cherbourg-en-Cotentin" is "Cherbourg", "Aix-en-Provence" is "Aix".
var shortConnectors = map[string]bool{"en": true, "sur": true, "sous": true, "les": true, "lez": true, "le": true, "la": true,
	"de": true, "du": true, "des": true, "d": true, "aux": true, "l": true, "et": true}

// addShortNames indexes towns of 10 000 inhabitants or more under the
// first part of their compound name, as an extra homonym: population then
// decides between "Aix" (a village) and "Aix-en-Provence".
func (b *comBuilder) addShortNames() {
	var extra []struct {
		key string
		c   Commune
	}
	add := func(k string, c Commune) {
		extra = append(extra, struct {
			key string
			c   Commune
		}{k, c})
	}
	for g, k := range b.keys {
		cs := b.lists[g]
		words := strings.Fields(k)
		if len(words) < 2 || words[0] == "saint" || words[0] == "sainte" || shortConnectors[words[0]] {
			continue
		}
		if len(words) == 2 { // "Évry-Courcouronnes", "Charleville-Mézières": big towns only
			for _, c := range cs {
				if c.Population >= 30000 {
					add(words[0], c)
				}
			}
			continue
		}
		for i := 1; i < len(words)-1; i++ {
			if shortConnectors[words[i]] {
				short := strings.Join(words[:i], " ")
				for _, c := range cs {
					if c.Population >= 10000 {
						add(short, c)
					}
				}
				break
			}
		}
	}
	for _, e := range extra {
		g, ok := b.group[e.key]
		if !ok {
			g = int32(len(b.keys))
			b.group[e.key] = g
			b.keys = append(b.keys, e.key)
			b.lists = append(b.lists, nil)
		}
		dup := false
		for _, c := range b.lists[g] {
			dup = dup || c.Dep == e.c.Dep // "Annecy" already names the town
		}
		if dup {
			continue
		}
		b.lists[g] = append(b.lists[g], e.c)
		b.noteFirstWord(e.key)
	}
	for _, cs := range b.lists {
		sort.SliceStable(cs, func(i, j int) bool { return cs[i].Population > cs[j].Population })
	}
}

// CommunesExtending returns the communes of département dep whose folded
// name is the folded key followed by more words: « Cesson » is a commune
// of Seine-et-Marne, but beside Rennes it is what people call
// Cesson-Sévigné. Only the names of the one département are kept, the
// most populated first; it walks every name, so it is for a place
// question's answer, not for the analysis of every message.
func CommunesExtending(key, dep string) []Commune {
	var out []Commune
	prefix := key + " "
	eachKey(func(k string, cs []Commune) {
		if !strings.HasPrefix(k, prefix) {
			return
		}
		for _, c := range cs {
			if c.Dep == dep && c.Population > 0 {
				out = append(out, c)
			}
		}
	})
	slices.SortFunc(out, func(a, b Commune) int { return cmp.Compare(b.Population, a.Population) })
	return out
}
