package directory

import (
	"regexp"
	"strings"
	"testing"
)

func TestSampleIsValidAndComplete(t *testing.T) {
	if len(sampleYAML) >= 400<<10 {
		t.Errorf("sample.yaml is %d bytes, keep it under 400 KB", len(sampleYAML))
	}
	d, err := Parse("sample.yaml", sampleYAML)
	if err != nil {
		t.Fatal(err)
	}
	if Sample() == nil || Sample() != Sample() {
		t.Fatal("Sample must parse once and return the same directory")
	}
	if gaps := d.Coverage(); len(gaps) != 0 {
		t.Errorf("sample leaves %d (kind, département) pairs unserved, first %v", len(gaps), gaps[0])
	}
	for _, kind := range Kinds {
		for _, dep := range Departements() {
			as := d.AgenciesFor(kind, dep.Code)
			if len(as) == 0 {
				t.Errorf("AgenciesFor(%s, %s) is empty", kind, dep.Code)
				continue
			}
			if !as[0].Serves(dep.Code) {
				t.Errorf("AgenciesFor(%s, %s)[0] = %s does not serve it", kind, dep.Code, as[0].ID)
			}
		}
	}
	regional := map[string]bool{}
	for _, op := range d.OperatorsOfKind(KindOperateurRegional, "") {
		if !strings.HasPrefix(op.Name, "Avenir Actifs ") || len(op.Regions) != 1 {
			t.Errorf("regional operator %s: name %q regions %v", op.ID, op.Name, op.Regions)
		}
		regional[op.Regions[0]] = true
	}
	if len(regional) != 18 {
		t.Errorf("%d regions have a regional operator, want 18", len(regional))
	}
	fictional := regexp.MustCompile(`^01 99 00 \d\d \d\d$`)
	mods := map[string]bool{}
	for _, a := range d.Agencies {
		if n := len(d.AdvisorsOf(a.ID)); n < 2 {
			t.Errorf("agency %s has %d advisors, want ≥ 2", a.ID, n)
		}
		if !fictional.MatchString(a.Phone) {
			t.Errorf("agency %s phone %q is not in the fictional range", a.ID, a.Phone)
		}
		if a.SlotMinutes < 30 || a.SlotMinutes > 60 {
			t.Errorf("agency %s slot %d min", a.ID, a.SlotMinutes)
		}
		if want := DefaultTimeZone(a.Departements[0]); a.TimeZone != want || a.Location == nil || a.Location.String() != want {
			t.Errorf("agency %s time zone %q (%v), want %s", a.ID, a.TimeZone, a.Location, want)
		}
		var ms []string
		for _, m := range a.Modalities {
			ms = append(ms, string(m))
		}
		mods[strings.Join(ms, ",")] = true
	}
	if len(mods) < 3 {
		t.Errorf("agencies should differ in modalities, got only %v", mods)
	}
	for _, op := range d.Operators {
		if op.Phone != "" && !fictional.MatchString(op.Phone) {
			t.Errorf("operator %s phone %q is not fictional", op.ID, op.Phone)
		}
	}
}

func TestLookups(t *testing.T) {
	d := Sample()
	if d.Operator("ft") == nil || d.Operator("nope") != nil {
		t.Error("Operator lookup")
	}
	a := d.Agency("ft-35")
	if a == nil || a.OperatorID != "ft" || !a.Serves("35") {
		t.Fatalf("Agency(ft-35) = %+v", a)
	}
	advs := d.AdvisorsOf("ft-35")
	if len(advs) < 2 || d.Advisor(advs[0].ID) != advs[0] {
		t.Error("advisors of ft-35")
	}
	if got := d.AgenciesFor("apec", "22"); len(got) != 1 || got[0].ID != "apec-bretagne" {
		t.Errorf("AgenciesFor(apec, 22) = %v", got)
	}
	if got := d.OperatorsOfKind(KindOperateurRegional, "53"); len(got) != 1 || got[0].ID != "reg-bretagne" {
		t.Errorf("OperatorsOfKind(regional, 53) = %v", got)
	}
	if got := d.OperatorsOfKind(KindAPEC, "53"); len(got) != 1 {
		t.Errorf("national APEC should cover every region, got %v", got)
	}
	// Unknown inputs: no panic, nothing found.
	for _, s := range []string{"", "99", "zz", "\x00"} {
		if d.AgenciesFor(s, s) != nil || d.AgenciesFor("ft", s) != nil || d.Agency(s) != nil || d.AdvisorsOf(s) != nil {
			t.Errorf("lookup %q found something", s)
		}
	}
	var nilDir *Directory
	if nilDir.Agency("x") != nil || nilDir.AgenciesFor("ft", "35") != nil || nilDir.OperatorsOfKind("ft", "") != nil {
		t.Error("nil directory")
	}
}

func TestAgenciesForFallsBackToRegion(t *testing.T) {
	d, err := Parse("t.yaml", []byte(minimal+`
  - id: ml-35
    operator: ml
    name: ML Rennes
    departements: ["35"]
    advisors: [{id: a1, name: A}, {id: a2, name: B}]
`))
	if err != nil {
		t.Fatal(err)
	}
	if got := d.AgenciesFor("mission_locale", "22"); len(got) != 1 || got[0].ID != "ml-35" {
		t.Errorf("fallback to same-region agency: got %v", got)
	}
	if got := d.AgenciesFor("mission_locale", "75"); got != nil {
		t.Errorf("other region: got %v", got)
	}
	if got := d.AgenciesFor("france_travail", "35"); len(got) != 2 || got[0].ID != "ft-35" || got[1].ID != "ft-bzh" {
		t.Errorf("seated agency first: got %v", ids(got))
	}
}

func ids(as []*Agency) []string {
	var s []string
	for _, a := range as {
		s = append(s, a.ID)
	}
	return s
}

// minimal is a valid directory that tests extend with more agencies.
const minimal = `version: 1
defaults:
  modalities: [sur_place]
  hours: {mon: ["09:00-12:00"]}
operators:
  - {id: ft, kind: france_travail, name: France Travail}
  - {id: ml, kind: mission_locale, name: ML}
agencies:
  - id: ft-bzh
    operator: ft
    name: FT Bretagne
    departements: ["22", "35"]
    advisors: [{id: b1, name: B}, {id: b2, name: C}]
  - id: ft-35
    operator: ft
    name: FT Rennes
    departements: ["35"]
    advisors: [{id: r1, name: R}]
`

func BenchmarkParseSample(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Parse("sample.yaml", sampleYAML); err != nil {
			b.Fatal(err)
		}
	}
}
