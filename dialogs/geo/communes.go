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
	comOnce   sync.Once
	byKey     map[string][]Commune // folded name -> homonyms, most populous first
	firstWord map[string]uint8     // first folded word -> longest name in words starting with it
	cpDeps    map[string][]string  // postal code -> départements, prefix rule first
	cpTown    map[string]string    // postal code -> the one current commune it serves
	maxWords  int
	// communeLines counts the commune lines of the table: centres.txt.gz
	// has as many.
	communeLines int
)

// loadCommunes reads the embedded table. Its ≈ 35 000 names, their folded
// keys and the homonym lists stay inside three allocations (the table's
// text, the keys' text and one slice of communes) instead of ≈ 100 000 small
// objects: they live as long as the process and the collector marks them
// at every cycle (they were half of a warm process's live objects).
func loadCommunes() {
	comOnce.Do(func() {
		firstWord = make(map[string]uint8, 20000)
		cpDeps = make(map[string][]string, 6400)
		cpTown = make(map[string]string, 2200)
		zr, err := gzip.NewReader(bytes.NewReader(communesGz))
		if err != nil {
			panic("geo: embedded commune table is corrupt: " + err.Error()) // build bug, caught by tests
		}
		raw, err := io.ReadAll(zr)
		if err != nil {
			panic("geo: embedded commune table is corrupt: " + err.Error())
		}
		tab := string(raw) // names, départements and postal codes are substrings of it
		type keyed struct {
			c        Commune
			from, to int // the key's bytes in keys
		}
		all := make([]keyed, 0, 36000)
		keyBuf := make([]byte, 0, len(tab))
		dep, postal := "", false
		for rest := tab; rest != ""; {
			var line string
			line, rest, _ = strings.Cut(rest, "\n")
			line = strings.TrimSuffix(line, "\r")
			switch {
			case line == "%":
				postal = true
			case postal:
				line, town, named := strings.Cut(line, "\t")
				cp, d, found := strings.Cut(line, " ")
				if named {
					cpTown[cp] = town
				}
				if !found {
					d = prefixDep(cp)
				}
				if d == prefixDep(cp) {
					cpDeps[cp] = append([]string{d}, cpDeps[cp]...)
				} else {
					cpDeps[cp] = append(cpDeps[cp], d)
				}
			case strings.HasPrefix(line, "#"):
				dep = line[1:]
			default:
				name, pop, _ := strings.Cut(line, "\t")
				p, _ := strconv.Atoi(pop)
				communeLines++
				from := len(keyBuf)
				keyBuf = AppendKey(keyBuf, name)
				if len(keyBuf) == from {
					continue
				}
				all = append(all, keyed{Commune{Name: name, Dep: dep, Population: p, line: int32(communeLines)}, from, len(keyBuf)})
			}
		}
		keys := string(keyBuf)
		key := func(k keyed) string { return keys[k.from:k.to] }
		// homonyms together (a counting sort by key: one map probe per
		// commune, as the per-key appends were), then most populous first,
		// in the table's order among equals
		group := make(map[string]int32, 34000)
		var starts []int32
		of := make([]int32, len(all))
		for i, k := range all {
			g, ok := group[key(k)]
			if !ok {
				g = int32(len(starts))
				group[key(k)] = g
				starts = append(starts, 0)
			}
			of[i] = g
			starts[g]++
		}
		n := int32(0)
		for g, c := range starts {
			starts[g] = n
			n += c
		}
		flat := make([]Commune, len(all))
		byKey = make(map[string][]Commune, len(starts))
		for i, k := range all {
			g := of[i]
			flat[starts[g]] = k.c
			starts[g]++ // ends up at the group's end
		}
		for k, g := range group {
			end := starts[g]
			begin := int32(0)
			if g > 0 {
				begin = starts[g-1]
			}
			cs := flat[begin:end:end] // an append (addShortNames) copies
			slices.SortStableFunc(cs, func(a, b Commune) int { return cmp.Compare(b.Population, a.Population) })
			byKey[k] = cs
			noteFirstWord(k)
		}
		addShortNames()
		for _, cs := range byKey {
			sort.SliceStable(cs, func(i, j int) bool { return cs[i].Population > cs[j].Population })
		}
	})
}

// noteFirstWord records a commune key's first word and length in words.
func noteFirstWord(k string) {
	n := strings.Count(k, " ") + 1
	first, _, _ := strings.Cut(k, " ")
	if uint8(n) > firstWord[first] {
		firstWord[first] = uint8(n)
	}
	if n > maxWords {
		maxWords = n
	}
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
	return byKey[key]
}

// MaxWordsFrom returns the length, in words, of the longest commune name
// starting with the folded word w, or 0 when no name starts with it. It lets
// a scanner skip most words of a message with one map lookup.
func MaxWordsFrom(w string) int {
	loadCommunes()
	return int(firstWord[w])
}

// FirstWords yields every word a commune name starts with and its
// MaxWordsFrom, for a caller that indexes them with words of its own.
func FirstWords(yield func(w string, n int)) {
	loadCommunes()
	for w, n := range firstWord {
		yield(w, int(n))
	}
}

// PostalCode resolves a 5-digit postal code. dep is its département (or COM
// code); known is false for a code absent from the official list, in which
// case dep is the prefix-rule guess. outside is true for codes outside the
// 18 regions (975xx, 97133, 97150, 98xxx).
func PostalCode(cp string) (dep string, known, outside bool) {
	loadCommunes()
	if len(cp) != 5 {
		return "", false, false
	}
	for i := 0; i < 5; i++ {
		if cp[i] < '0' || cp[i] > '9' {
			return "", false, false
		}
	}
	if ds := cpDeps[cp]; len(ds) > 0 {
		dep, known = ds[0], true
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
	return cpTown[cp]
}

// PostalDeps returns every département served by a postal code (a few codes
// straddle a border), prefix-rule département first.
func PostalDeps(cp string) []string {
	loadCommunes()
	return cpDeps[cp]
}

// CommunesByKeyBytes is CommunesByKey for a key held in a byte buffer; it
// does not allocate.
func CommunesByKeyBytes(key []byte) []Commune {
	loadCommunes()
	return byKey[string(key)]
}

// shortConnectors split a compound name into the part people use alone:
// "Cherbourg-en-Cotentin" is "Cherbourg", "Aix-en-Provence" is "Aix".
var shortConnectors = map[string]bool{"en": true, "sur": true, "sous": true, "les": true, "lez": true, "le": true, "la": true,
	"de": true, "du": true, "des": true, "d": true, "aux": true, "l": true, "et": true}

// addShortNames indexes towns of 10 000 inhabitants or more under the
// first part of their compound name, as an extra homonym: population then
// decides between "Aix" (a village) and "Aix-en-Provence".
func addShortNames() {
	var extra []struct {
		key string
		c   Commune
	}
	for k, cs := range byKey {
		words := strings.Fields(k)
		if len(words) < 2 || words[0] == "saint" || words[0] == "sainte" || shortConnectors[words[0]] {
			continue
		}
		if len(words) == 2 { // "Évry-Courcouronnes", "Charleville-Mézières": big towns only
			for _, c := range cs {
				if c.Population >= 30000 {
					extra = append(extra, struct {
						key string
						c   Commune
					}{words[0], c})
				}
			}
			continue
		}
		for i := 1; i < len(words)-1; i++ {
			if shortConnectors[words[i]] {
				short := strings.Join(words[:i], " ")
				for _, c := range cs {
					if c.Population >= 10000 {
						extra = append(extra, struct {
							key string
							c   Commune
						}{short, c})
					}
				}
				break
			}
		}
	}
	for _, e := range extra {
		dup := false
		for _, c := range byKey[e.key] {
			dup = dup || c.Dep == e.c.Dep // "Annecy" already names the town
		}
		if dup {
			continue
		}
		byKey[e.key] = append(byKey[e.key], e.c)
		first, _, _ := strings.Cut(e.key, " ")
		if n := uint8(strings.Count(e.key, " ") + 1); n > firstWord[first] {
			firstWord[first] = n
		}
	}
}
