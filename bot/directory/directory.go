package directory

import (
	"fmt"
	"os"
	"sort"
	"sync"
)

// maxFileSize bounds what Load reads: a directory is a few hundred KB.
const maxFileSize = 16 << 20

// Load reads and validates a directory file.
func Load(path string) (*Directory, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("directory: %w", err)
	}
	if fi.Size() > maxFileSize {
		return nil, fmt.Errorf("directory: %s is too large (%d bytes, limit %d)", path, fi.Size(), maxFileSize)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("directory: %w", err)
	}
	return Parse(path, data)
}

// Operator returns the operator with that id, or nil.
func (d *Directory) Operator(id string) *Operator {
	if d == nil {
		return nil
	}
	d.ensureIndex()
	return d.operators[id]
}

// Agency returns the agency with that id, or nil.
func (d *Directory) Agency(id string) *Agency {
	if d == nil {
		return nil
	}
	d.ensureIndex()
	return d.agencies[id]
}

// Advisor returns the advisor with that id, or nil.
func (d *Directory) Advisor(id string) *Advisor {
	if d == nil {
		return nil
	}
	d.ensureIndex()
	return d.advisors[id]
}

// AdvisorsOf returns the advisors of an agency in file order (shared slice:
// do not modify).
func (d *Directory) AdvisorsOf(agencyID string) []*Advisor {
	if d == nil {
		return nil
	}
	d.ensureIndex()
	return d.byAgency[agencyID]
}

// AgenciesFor returns the agencies of operators of that kind for a
// département, best first: agencies seated in it, then the other agencies
// serving it, then (only if none serves it) the agencies of that kind in the
// same region. Unknown inputs give nil. The slice is shared: do not modify.
func (d *Directory) AgenciesFor(kind, departement string) []*Agency {
	if d == nil {
		return nil
	}
	d.ensureIndex()
	return d.byKindDep[kind+"|"+departement]
}

// PublicEmployerAgencies returns the employeur_public agencies that serve
// both the département directly (no regional fallback: a centre de gestion
// or an académie has no competence outside its area) and the branch, best
// first. branch "" (unknown) gives only agencies that serve every branch.
func (d *Directory) PublicEmployerAgencies(branch, departement string) []*Agency {
	var out []*Agency
	for _, a := range d.AgenciesFor(KindEmployeurPublic, departement) {
		if !a.Serves(departement) {
			continue
		}
		if branch == "" && len(a.Branches) > 0 || branch != "" && !a.ServesBranch(branch) {
			continue
		}
		out = append(out, a)
	}
	return out
}

// OperatorsOfKind returns the operators of a kind covering a region (INSEE
// code): regional operators listing it, and national ones (no regions).
// region "" returns every operator of the kind.
func (d *Directory) OperatorsOfKind(kind, region string) []*Operator {
	if d == nil {
		return nil
	}
	var out []*Operator
	for _, op := range d.Operators {
		if op.Kind != kind {
			continue
		}
		if region == "" || len(op.Regions) == 0 || contains(op.Regions, region) {
			out = append(out, op)
		}
	}
	return out
}

func (d *Directory) ensureIndex() {
	d.once.Do(d.index)
}

func (d *Directory) buildIndex() { d.ensureIndex() }

func (d *Directory) index() {
	d.operators = make(map[string]*Operator, len(d.Operators))
	for _, op := range d.Operators {
		d.operators[op.ID] = op
	}
	d.agencies = make(map[string]*Agency, len(d.Agencies))
	for _, a := range d.Agencies {
		d.agencies[a.ID] = a
	}
	d.advisors = make(map[string]*Advisor, len(d.Advisors))
	d.byAgency = map[string][]*Advisor{}
	for _, ad := range d.Advisors {
		d.advisors[ad.ID] = ad
		d.byAgency[ad.AgencyID] = append(d.byAgency[ad.AgencyID], ad)
	}
	d.indexSessions()
	d.byKindDep = map[string][]*Agency{}
	type ranked struct {
		a    *Agency
		rank int // 0 seated there, 1 serves it, 2 same region only
		pos  int
	}
	for _, dep := range departements {
		for _, kind := range Kinds {
			var rs []ranked
			direct := false
			for i, a := range d.Agencies {
				op := d.operators[a.OperatorID]
				if op == nil || op.Kind != kind {
					continue
				}
				switch {
				case len(a.Departements) > 0 && a.Departements[0] == dep.Code:
					rs = append(rs, ranked{a, 0, i})
					direct = true
				case a.Serves(dep.Code):
					rs = append(rs, ranked{a, 1, i})
					direct = true
				case servesRegion(a, dep.Region) && (len(op.Regions) == 0 || contains(op.Regions, dep.Region)):
					rs = append(rs, ranked{a, 2, i})
				}
			}
			if direct {
				k := 0
				for _, r := range rs {
					if r.rank < 2 {
						rs[k] = r
						k++
					}
				}
				rs = rs[:k]
			}
			if len(rs) == 0 {
				continue
			}
			sort.SliceStable(rs, func(i, j int) bool { return rs[i].rank < rs[j].rank })
			list := make([]*Agency, len(rs))
			for i, r := range rs {
				list[i] = r.a
			}
			d.byKindDep[kind+"|"+dep.Code] = list
		}
	}
}

func servesRegion(a *Agency, region string) bool {
	for _, dep := range a.Departements {
		if RegionOf(dep) == region {
			return true
		}
	}
	return false
}

// Sample returns the embedded sample directory (sample.yaml), parsed once.
// It panics only if the embedded file is invalid, which a test rules out.
func Sample() *Directory {
	sampleOnce.Do(func() {
		d, err := Parse("sample.yaml", sampleYAML)
		if err != nil {
			panic(fmt.Sprintf("directory: embedded sample is invalid: %v", err))
		}
		sample = d
	})
	return sample
}

var (
	sampleOnce sync.Once
	sample     *Directory
)
