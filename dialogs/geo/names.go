package geo

import (
	"strings"
	"sync"
)

// Everyday names of départements and regions, beyond the official ones
// (which are indexed automatically). Keys are folded (see Key).
var depAliases = map[string]string{
	"seine st denis": "93", "neuf trois": "93", "st denis 93": "93",
	"cotes d armor": "22", "cote d armor": "22", "cotes du nord": "22",
	"cote dor": "21", "val doise": "95", "belfort": "90",
	"reunion": "974", "ile de la reunion": "974", "la guadeloupe": "971", "la martinique": "972",
	"guyane francaise": "973", "hauts de seine": "92", "val de marne": "94",
	"alpes maritimes": "06", "bouches du rhone": "13", "pyrenees orientales": "66",
	"pyrenees atlantiques": "64", "corse du sud": "2A", "haute corse": "2B",
	"alpes de haute provence": "04", "hautes alpes": "05", "seine et marne": "77",
	"loire atlantique": "44", "maine et loire": "49", "ille et vilaine": "35",
	"territoire de belfort": "90", "meurthe et moselle": "54",
}

// regionAliases maps everyday region names to INSEE region codes.
var regionAliases = map[string]string{
	"ile de france": "11", "idf": "11", "region parisienne": "11",
	"paca": "93", "provence": "93", "cote d azur": "93", "provence alpes cote d azur": "93", "sud": "",
	"auvergne rhone alpes": "84", "aura": "84", "auvergne": "84", "rhone alpes": "84",
	"bourgogne franche comte": "27", "bourgogne": "27", "franche comte": "27",
	"bretagne": "53", "centre val de loire": "24", "centre": "",
	"corse": "94", "grand est": "44", "alsace": "44", "lorraine": "44", "champagne ardenne": "44", "champagne": "44",
	"hauts de france": "32", "nord pas de calais": "32", "picardie": "32",
	"normandie": "28", "nouvelle aquitaine": "75", "aquitaine": "75", "limousin": "75", "poitou charentes": "75",
	"occitanie": "76", "midi pyrenees": "76", "languedoc roussillon": "76", "languedoc": "76",
	"pays de la loire": "52",
}

var (
	namesOnce sync.Once
	depByKey  map[string]string
	regByKey  map[string]string
	nameFirst map[string]uint8 // first word -> longest département/region name in words
)

func loadNames() {
	namesOnce.Do(func() {
		loadDeps()
		depByKey = make(map[string]string, 2*len(departements))
		for _, d := range departements {
			depByKey[Key(d.name)] = d.code
		}
		for k, v := range depAliases {
			depByKey[k] = v
		}
		regByKey = make(map[string]string, 64)
		for code, n := range regionNames {
			regByKey[Key(n)] = code
		}
		for k, v := range regionAliases {
			if v != "" {
				regByKey[k] = v
			}
		}
		nameFirst = map[string]uint8{}
		for _, m := range []map[string]string{depByKey, regByKey} {
			for k := range m {
				first, _, _ := strings.Cut(k, " ")
				if n := uint8(strings.Count(k, " ") + 1); n > nameFirst[first] {
					nameFirst[first] = n
				}
			}
		}
	})
}

// DepartementByKey returns the code of the département whose folded name
// (official or everyday, e.g. "seine st denis") is key, or "".
func DepartementByKey(key string) string {
	loadNames()
	return depByKey[key]
}

// RegionByKey returns the INSEE code of the region whose folded name
// (official or everyday, e.g. "paca", "alsace") is key, or "".
func RegionByKey(key string) string {
	loadNames()
	return regByKey[key]
}

// RegionDepartement returns the only département of a region with one
// (overseas regions), or "".
func RegionDepartement(region string) string {
	loadDeps()
	dep := ""
	for _, d := range departements {
		if d.region == region {
			if dep != "" {
				return ""
			}
			dep = d.code
		}
	}
	return dep
}

// NameMaxWordsFrom returns the length in words of the longest département
// or region name starting with the folded word w (0 if none).
func NameMaxWordsFrom(w string) int {
	loadNames()
	return int(nameFirst[w])
}

// NameFirstWords is FirstWords for the names of départements and regions
// (NameMaxWordsFrom).
func NameFirstWords(yield func(w string, n int)) {
	loadNames()
	for w, n := range nameFirst {
		yield(w, int(n))
	}
}

// NameKeys yields every key of DepartementByKey and of RegionByKey.
func NameKeys(yield func(k string)) {
	loadNames()
	for k := range depByKey {
		yield(k)
	}
	for k := range regByKey {
		yield(k)
	}
}

// DepartementByKeyBytes is DepartementByKey for a key held in a byte
// buffer; it does not allocate.
func DepartementByKeyBytes(key []byte) string {
	loadNames()
	return depByKey[string(key)]
}

// RegionByKeyBytes is RegionByKey for a key held in a byte buffer.
func RegionByKeyBytes(key []byte) string {
	loadNames()
	return regByKey[string(key)]
}
