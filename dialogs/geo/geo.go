// Package geo maps French administrative geography (communes, postal codes,
// départements, regions) to INSEE codes for operator routing. All data is
// embedded; nothing is fetched at run time.
package geo

import (
	"sort"
	"sync"

	"github.com/cep-accueil/cepbot/bot/directory/insee"
)

// departement is one row of the INSEE table (the one table, generated in
// bot/directory/insee).
type departement struct {
	code, name, region string
}

var (
	depOnce      sync.Once
	departements []departement
	depIndex     map[string]departement
	depCodes     []string
	regionNames  map[string]string
)

func loadDeps() {
	depOnce.Do(func() {
		all := insee.Departements()
		departements = make([]departement, 0, len(all))
		depIndex = make(map[string]departement, len(all))
		depCodes = make([]string, 0, len(all))
		regionNames = map[string]string{}
		for _, d := range all {
			row := departement{code: d.Code, name: d.Name, region: d.Region}
			departements = append(departements, row)
			depIndex[d.Code] = row
			depCodes = append(depCodes, d.Code)
			regionNames[d.Region] = d.RegionName
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
func RegionName(code string) string {
	loadDeps()
	return regionNames[code]
}

// Departements returns the 101 département codes, sorted. The slice is a
// copy: callers may modify it.
func Departements() []string {
	loadDeps()
	return append([]string(nil), depCodes...)
}
