// Command gen builds communes.txt.gz, the compact commune table embedded in
// package geo, from the official Etalab data set @etalab/decoupage-administratif
// (Licence Ouverte 2.0). It fetches the pinned npm package with `npm pack`
// so that the data version is reproducible and recorded in DATA.md.
//
// Output format (UTF-8 text, gzip'd), chosen to stay small and trivial to parse:
//
//	#<dep>                 starts the communes of a département (or COM)
//	<name>\t<population>   one current commune (population rounded to 2 digits;
//	                       0 for former delegated/associated communes)
//	%                      starts the postal codes
//	<cp>[ <dep>]           one postal code; <dep> only when the usual prefix
//	                       rule (2 digits, 3 for 97x, 2A/2B for 20) does not give it
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
}

func main() {
	pkg := flag.String("pkg", "@etalab/decoupage-administratif@6.0.0", "npm package spec (pinned)")
	out := flag.String("o", "communes.txt.gz", "output file")
	flag.Parse()
	if err := run(*pkg, *out); err != nil {
		log.Fatal(err)
	}
}

func run(pkg, out string) error {
	dir, err := os.MkdirTemp("", "geo-gen")
	if err != nil {
		return fmt.Errorf("temp dir: %w", err)
	}
	defer os.RemoveAll(dir)
	cmd := exec.Command("npm", "pack", "--silent", pkg)
	cmd.Dir = dir
	cmd.Stderr = os.Stderr
	name, err := cmd.Output()
	if err != nil {
		return fmt.Errorf("npm pack %s: %w", pkg, err)
	}
	tgz := filepath.Join(dir, strings.TrimSpace(string(name)))
	data, err := extract(tgz, "package/data/communes.json")
	if err != nil {
		return err
	}
	var communes []commune
	if err := json.Unmarshal(data, &communes); err != nil {
		return fmt.Errorf("decode communes.json: %w", err)
	}
	text := build(communes)
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

func build(all []commune) []byte {
	byDep := map[string][]commune{}
	current := map[string]bool{} // lower-case names of current communes
	sameDep := map[string]bool{} // lower-case name|département of current communes
	type cpDep struct{ cp, dep string }
	cps := map[cpDep]bool{}
	for _, c := range all {
		if c.Type != "commune-actuelle" {
			continue
		}
		byDep[c.Departement] = append(byDep[c.Departement], c)
		current[strings.ToLower(c.Nom)] = true
		sameDep[strings.ToLower(c.Nom)+"|"+c.Departement] = true
		for _, cp := range c.CodesPostaux {
			cps[cpDep{cp, c.Departement}] = true
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
		byDep[dep] = append(byDep[dep], commune{Nom: c.Nom, Departement: dep, Population: pop})
	}
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
			fmt.Fprintf(&b, "%s\n", k.cp)
		} else {
			fmt.Fprintf(&b, "%s %s\n", k.cp, k.dep)
		}
	}
	return []byte(b.String())
}

func firstWord(name string) string {
	f := strings.FieldsFunc(strings.ToLower(name), func(r rune) bool { return r == '-' || r == ' ' || r == '\'' })
	if len(f) == 0 {
		return ""
	}
	return f[0]
}
