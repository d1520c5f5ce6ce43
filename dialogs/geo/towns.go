package geo

import (
	"sort"
	"sync"
)

// Town is a commune with its folded name, for approximate matching.
type Town struct {
	Key string // folded name (see Key)
	Commune
}

var (
	townsOnce sync.Once
	towns     []Town     // communes of 5 000 inhabitants or more, most populous first
	townsBy   [26][]Town // the same by first letter (a–z)
)

// TownMinPopulation is the smallest population Towns lists: a misspelt
// name is only matched against towns people commonly name.
const TownMinPopulation = 5000

// Towns returns the communes of the 18 regions with at least
// TownMinPopulation inhabitants, most populous first, with their folded
// names. The slice is shared: it must not be modified.
func Towns() []Town {
	townsOnce.Do(func() {
		loadCommunes()
		eachKey(func(k string, cs []Commune) {
			for _, c := range cs {
				if c.Population >= TownMinPopulation && RegionOf(c.Dep) != "" && Key(c.Name) == k {
					towns = append(towns, Town{Key: k, Commune: c})
				}
			}
		})
		sort.Slice(towns, func(i, j int) bool {
			if towns[i].Population != towns[j].Population {
				return towns[i].Population > towns[j].Population
			}
			return towns[i].Key < towns[j].Key
		})
		for _, t := range towns {
			if c := t.Key[0]; c >= 'a' && c <= 'z' {
				townsBy[c-'a'] = append(townsBy[c-'a'], t)
			}
		}
	})
	return towns
}

// TownsFrom returns the towns of Towns whose folded name starts with the
// letter c (a–z), most populous first; nil for another byte.
func TownsFrom(c byte) []Town {
	Towns()
	if c < 'a' || c > 'z' {
		return nil
	}
	return townsBy[c-'a']
}
