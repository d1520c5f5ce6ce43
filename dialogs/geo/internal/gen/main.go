// Command gen builds communes.txt.gz, the compact commune table embedded in
// package geo, from the official Etalab data set @etalab/decoupage-administratif
// (Licence Ouverte 2.0), and centres.txt.gz, one point per commune of that
// table, from the bounding boxes of @etalab/fr-bounding-boxes (IGN ADMIN
// EXPRESS, Licence Ouverte 2.0). It fetches the pinned npm packages with
// `npm pack` so that the data versions are reproducible and recorded in
// DATA.md.
//
// Output format (UTF-8 text, gzip'd), chosen to stay small and trivial to parse:
//
//	#<dep>                 starts the communes of a département (or COM)
//	<name>\t<population>   one current commune (population rounded to 2 digits;
//	                       0 for former delegated/associated communes)
//	%                      starts the postal codes
//	<cp>[ <dep>][\t<name>] one postal code; <dep> only when the usual prefix
//	                       rule (2 digits, 3 for 97x, 2A/2B for 20) does not give it;
//	                       <name> only when the code serves one current commune
//	                       (« 59000 » is Lille, « 69100 » Villeurbanne), so a
//	                       recap can name the town of a bare postal code
//
// centres.txt.gz has one line per commune line of communes.txt.gz, in the
// same order (so a commune's line number is its key and no name is
// repeated):
//
//	<lat> <lon>            the centre of the commune's bounding box, in
//	                       hundredths of a degree (WGS 84), as a difference
//	                       from the previous line (the first from 0 0)
//	-                      no bounding box for that commune
package main

import (
	"archive/tar"
	"compress/gzip"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

type commune struct {
	Nom          string   `json:"nom"`
	Type         string   `json:"type"`
	Departement  string   `json:"departement"`
	ChefLieu     string   `json:"chefLieu"`
	CodesPostaux []string `json:"codesPostaux"`
	Population   int      `json:"population"`
	Code         string   `json:"code"`
	AnciensCodes []string `json:"anciensCodes"`
}

// townHalls replace the middle of the box where it is far from the town
// (hundredths of a degree, lat, lon). The box of Cayenne (97302) in
// fr-bounding-boxes 0.1.3 is [-53.90, 4.89, -52.16, 5.75]: it runs 170 km
// west of the town, past Kourou, so its middle (5.32 N, 53.03 W) lies in
// the forest west of Kourou and Saint-Laurent-du-Maroni was said 120 km
// from Cayenne (200 km as the crow flies, 250 by road). Saint-Laurent-du-
// Maroni (97311) stretches 140 km south along the Maroni: the middle of its
// box is 60 km south of the town. The points are the towns' coordinates
// as the communes' French Wikipedia articles give them, to the minute
// (Cayenne 4° 56′ N 52° 20′ O, Saint-Laurent-du-Maroni 5° 30′ N 54° 02′ O;
// about 2 km): not from an Etalab table, which has no town points. Persona
// pe4, issue 13.
var townHalls = map[string][2]int{
	"97302": {494, -5233},
	"97311": {550, -5403},
}

// box is a bounding box [west, south, east, north] in degrees.
type box [4]float64

func (b box) union(o box) box {
	return box{min(b[0], o[0]), min(b[1], o[1]), max(b[2], o[2]), max(b[3], o[3])}
}

// centre is the middle of the box in hundredths of a degree (lat, lon).
func (b box) centre() [2]int {
	return [2]int{int(math.Round((b[1] + b[3]) * 50)), int(math.Round((b[0] + b[2]) * 50))}
}

func main() {
	pkg := flag.String("pkg", "@etalab/decoupage-administratif@6.0.0", "npm package spec (pinned)")
	boxes := flag.String("boxes", "@etalab/fr-bounding-boxes@0.1.3", "npm package spec of the bounding boxes (pinned)")
	out := flag.String("o", "communes.txt.gz", "output file")
	centres := flag.String("centres", "centres.txt.gz", "output file of the commune centres")
	flag.Parse()
	if err := run(*pkg, *boxes, *out, *centres); err != nil {
		log.Fatal(err)
	}
}

func run(pkg, boxesPkg, out, centresOut string) error {
	dir, err := os.MkdirTemp("", "geo-gen")
	if err != nil {
		return fmt.Errorf("temp dir: %w", err)
	}
	defer os.RemoveAll(dir)
	data, err := fetch(dir, pkg, "package/data/communes.json")
	if err != nil {
		return err
	}
	var communes []commune
	if err := json.Unmarshal(data, &communes); err != nil {
		return fmt.Errorf("decode communes.json: %w", err)
	}
	data, err = fetch(dir, boxesPkg, "package/dist/communes.json")
	if err != nil {
		return err
	}
	var rows []struct {
		ID   string `json:"id"` // "fr:commune:<code>"
		BBox box    `json:"bbox"`
	}
	if err := json.Unmarshal(data, &rows); err != nil {
		return fmt.Errorf("decode bounding boxes: %w", err)
	}
	boxes := make(map[string]box, len(rows))
	for _, r := range rows {
		boxes[strings.TrimPrefix(r.ID, "fr:commune:")] = r.BBox
	}
	text, centres := build(communes, boxes)
	if err := writeGz(out, text); err != nil {
		return err
	}
	return writeGz(centresOut, centres)
}

// fetch packs a pinned npm package in dir and returns one of its files.
func fetch(dir, pkg, member string) ([]byte, error) {
	cmd := exec.Command("npm", "pack", "--silent", pkg)
	cmd.Dir = dir
	cmd.Stderr = os.Stderr
	name, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("npm pack %s: %w", pkg, err)
	}
	return extract(filepath.Join(dir, strings.TrimSpace(string(name))), member)
}

func writeGz(out string, text []byte) error {
	f, err := os.Create(out)
	if err != nil {
		return fmt.Errorf("create %s: %w", out, err)
	}
	zw, err := gzip.NewWriterLevel(f, gzip.BestCompression)
	if err != nil {
		return err
	}
	if _, err := zw.Write(text); err != nil {
		return fmt.Errorf("write %s: %w", out, err)
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("gzip %s: %w", out, err)
	}
	return f.Close()
}

func extract(tgz, member string) ([]byte, error) {
	f, err := os.Open(tgz)
	if err != nil {
		return nil, fmt.Errorf("open tarball: %w", err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("gunzip tarball: %w", err)
	}
	tr := tar.NewReader(zr)
	for {
		h, err := tr.Next()
		if errors.Is(err, io.EOF) {
			return nil, fmt.Errorf("%s not in tarball", member)
		}
		if err != nil {
			return nil, fmt.Errorf("read tarball: %w", err)
		}
		if h.Name == member {
			return io.ReadAll(tr)
		}
	}
}

// round2 keeps two significant digits: enough to rank homonyms and to tell
// towns from villages, and it compresses much better than exact figures.
func round2(n int) int {
	p := 1
	for n/p >= 100 {
		p *= 10
	}
	return (n + p/2) / p * p
}

func prefixDep(cp string) string {
	switch {
	case strings.HasPrefix(cp, "97"), strings.HasPrefix(cp, "98"):
		return cp[:3]
	case strings.HasPrefix(cp, "20"):
		if n, _ := strconv.Atoi(cp); n < 20200 {
			return "2A"
		}
		return "2B"
	}
	return cp[:2]
}

// build returns the commune table and the centres, one line per commune
// line of the table. A current commune's box is the union of its own and
// of its former codes' boxes (the boxes are older than the table: a
// commune nouvelle may postdate them); a former commune without a box of
// its own takes its chef-lieu's.
func build(all []commune, boxes map[string]box) (table, centres []byte) {
	byDep := map[string][]commune{}
	current := map[string]bool{} // lower-case names of current communes
	sameDep := map[string]bool{} // lower-case name|département of current communes
	type cpDep struct{ cp, dep string }
	cps := map[cpDep]bool{}
	cpNames := map[string][]string{} // postal code -> current communes it serves
	for _, c := range all {
		if c.Type != "commune-actuelle" {
			continue
		}
		byDep[c.Departement] = append(byDep[c.Departement], c)
		current[strings.ToLower(c.Nom)] = true
		sameDep[strings.ToLower(c.Nom)+"|"+c.Departement] = true
		for _, cp := range c.CodesPostaux {
			cps[cpDep{cp, c.Departement}] = true
			cpNames[cp] = append(cpNames[cp], c.Nom)
		}
	}
	// Former communes merged into a new one are still how people name
	// their town; keep them (population 0, so only a place cue accepts
	// them) unless the name already exists as a current commune.
	depOf := map[string]string{}
	chef := map[string]commune{}
	for _, c := range all {
		if c.Type == "commune-actuelle" {
			depOf[c.Code] = c.Departement
			chef[c.Code] = c
		}
	}
	seen := map[string]bool{}
	for _, c := range all {
		if c.Type != "commune-deleguee" && c.Type != "commune-associee" {
			continue
		}
		dep := c.Departement
		if dep == "" {
			dep = depOf[c.ChefLieu]
		}
		k := strings.ToLower(c.Nom) + "|" + dep
		if dep == "" || seen[k] {
			continue
		}
		// The former commune that gave its name to the new one ("Évry" in
		// "Évry-Courcouronnes") is where most people of the new one live:
		// it takes its population, so it beats a small homonym elsewhere.
		// Other former communes get 0 and only count after a place cue;
		// they are skipped when a current commune already has the name.
		pop := 0
		if cl, ok := chef[c.ChefLieu]; ok && firstWord(cl.Nom) == firstWord(c.Nom) && !strings.HasPrefix(strings.ToLower(c.Nom), "saint") {
			pop = cl.Population
		} else if current[strings.ToLower(c.Nom)] {
			continue
		}
		if sameDep[strings.ToLower(c.Nom)+"|"+dep] {
			continue // "Annecy" (déléguée) inside "Annecy" (actuelle)
		}
		seen[k] = true
		byDep[dep] = append(byDep[dep], commune{Nom: c.Nom, Departement: dep, Population: pop, Code: c.Code, ChefLieu: c.ChefLieu, Type: c.Type})
	}
	boxOf := func(c commune) (box, bool) {
		if c.Type == "commune-actuelle" {
			return boxesOf(c, boxes)
		}
		if b, ok := boxes[c.Code]; ok {
			return b, true
		}
		if cl, ok := chef[c.ChefLieu]; ok {
			return boxesOf(cl, boxes)
		}
		return box{}, false
	}
	var centre strings.Builder
	prev := [2]int{}
	deps := make([]string, 0, len(byDep))
	for d := range byDep {
		deps = append(deps, d)
	}
	sort.Strings(deps)
	var b strings.Builder
	for _, d := range deps {
		cs := byDep[d]
		sort.Slice(cs, func(i, j int) bool { return cs[i].Nom < cs[j].Nom })
		fmt.Fprintf(&b, "#%s\n", d)
		for _, c := range cs {
			fmt.Fprintf(&b, "%s\t%d\n", c.Nom, round2(c.Population))
			bx, ok := boxOf(c)
			if !ok {
				centre.WriteString("-\n")
				continue
			}
			p := bx.centre()
			if th, ok := townHalls[c.Code]; ok && c.Type == "commune-actuelle" {
				p = th
			}
			fmt.Fprintf(&centre, "%d %d\n", p[0]-prev[0], p[1]-prev[1])
			prev = p
		}
	}
	b.WriteString("%\n")
	list := make([]cpDep, 0, len(cps))
	for k := range cps {
		list = append(list, k)
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].cp != list[j].cp {
			return list[i].cp < list[j].cp
		}
		return list[i].dep < list[j].dep
	})
	for _, k := range list {
		if prefixDep(k.cp) == k.dep {
			b.WriteString(k.cp)
		} else {
			fmt.Fprintf(&b, "%s %s", k.cp, k.dep)
		}
		if ns := cpNames[k.cp]; len(ns) == 1 {
			b.WriteString("\t" + ns[0])
		}
		b.WriteString("\n")
	}
	return []byte(b.String()), []byte(centre.String())
}

// boxesOf is the box of a current commune: its own code's and its former
// codes'.
func boxesOf(c commune, boxes map[string]box) (box, bool) {
	b, ok := boxes[c.Code]
	for _, code := range c.AnciensCodes {
		if o, found := boxes[code]; found {
			if ok {
				b = b.union(o)
			} else {
				b, ok = o, true
			}
		}
	}
	return b, ok
}

func firstWord(name string) string {
	f := strings.FieldsFunc(strings.ToLower(name), func(r rune) bool { return r == '-' || r == ' ' || r == '\'' })
	if len(f) == 0 {
		return ""
	}
	return f[0]
}
