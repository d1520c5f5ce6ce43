package directory

import (
	"sort"

	"github.com/cep-accueil/cepbot/bot/directory/insee"
)

// Departement is one of the 101 départements of the 18 regions
// (cep-domain §3), from the one table in package insee.
type Departement = insee.Departement

// departements is the table, in INSEE order.
var departements = insee.Departements()

// Region is one of the 18 regions.
type Region struct {
	Code, Name   string
	Departements []string
}

var (
	depByCode = map[string]*Departement{}
	regions   []Region
	regByCode = map[string]*Region{}
)

func init() {
	idx := map[string]int{}
	for i := range departements {
		d := &departements[i]
		depByCode[d.Code] = d
		j, ok := idx[d.Region]
		if !ok {
			j = len(regions)
			idx[d.Region] = j
			regions = append(regions, Region{Code: d.Region, Name: d.RegionName})
		}
		regions[j].Departements = append(regions[j].Departements, d.Code)
	}
	sort.Slice(regions, func(i, j int) bool { return regions[i].Code < regions[j].Code })
	for i := range regions {
		regByCode[regions[i].Code] = &regions[i]
	}
}

// LookupDepartement returns the département with that INSEE code, or nil.
func LookupDepartement(code string) *Departement { return depByCode[code] }

// Departements returns the 101 départements, in INSEE order. The slice is a copy.
func Departements() []Departement { return append([]Departement(nil), departements...) }

// Regions returns the 18 regions sorted by INSEE code. The slice is a copy.
func Regions() []Region { return append([]Region(nil), regions...) }

// LookupRegion returns the region with that INSEE code, or nil.
func LookupRegion(code string) *Region { return regByCode[code] }

// RegionOf returns the INSEE region code of a département, or "".
func RegionOf(dep string) string {
	if d := depByCode[dep]; d != nil {
		return d.Region
	}
	return ""
}

// DefaultTimeZone is the IANA zone of a département: Europe/Paris except overseas.
func DefaultTimeZone(dep string) string {
	switch dep {
	case "971":
		return "America/Guadeloupe"
	case "972":
		return "America/Martinique"
	case "973":
		return "America/Cayenne"
	case "974":
		return "Indian/Reunion"
	case "976":
		return "Indian/Mayotte"
	}
	return "Europe/Paris"
}
