// Package geo maps French administrative geography (communes, postal codes,
// départements, regions) to INSEE codes for operator routing. All data is
// embedded; nothing is fetched at run time.
package geo

import (
	"sort"
	"sync"
)

var (
	depOnce  sync.Once
	depIndex map[string]departement
	depCodes []string
)

func loadDeps() {
	depOnce.Do(func() {
		depIndex = make(map[string]departement, len(departements))
		depCodes = make([]string, 0, len(departements))
		for _, d := range departements {
			depIndex[d.code] = d
			depCodes = append(depCodes, d.code)
		}
		sort.Strings(depCodes)
	})
}

// DepartementName returns the official name of a département ("69" ->
// "Rhône"), or "" for an unknown code.
func DepartementName(code string) string {
	loadDeps()
	return depIndex[code].name
}

// RegionOf returns the INSEE region code of a département ("69" -> "84"),
// or "" for an unknown code.
func RegionOf(dep string) string {
	loadDeps()
	return depIndex[dep].region
}

// RegionName returns the name of a region ("84" -> "Auvergne-Rhône-Alpes").
func RegionName(code string) string { return regionNames[code] }

// Departements returns the 101 département codes, sorted. The slice is a
// copy: callers may modify it.
func Departements() []string {
	loadDeps()
	return append([]string(nil), depCodes...)
}
