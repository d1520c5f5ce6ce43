package directory

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestParseValidDetails(t *testing.T) {
	src := `version: 1
operators:
  - id: reg-bretagne
    kind: operateur_regional
    name: Avenir Actifs Bretagne
    regions: ["53"]
    notify:
      slack_channel: "#cep"
      webhook_url: https://hooks.example.org/x
      webhook_secret_env: HOOK_SECRET
agencies:
  - id: a
    operator: reg-bretagne
    name: Antenne
    departements: ["35", "22"]
    modalities: [visio, telephone]
    hours:
      mon: ["13:30-17:00", "09:00-12:00"]
      sat: []
    slot_minutes: 30
    lead_time: 2h
    horizon: 14d
    closures:
      - {from: 2026-12-24, to: 2026-12-31, reason: Noël}
      - {from: 2027-01-02}
advisors:
  - {id: x, name: X, agency: a, slack_user_id: U012AB3CD}
  - {id: y, name: Y, agency: a}
`
	d, err := Parse("f.yaml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	a := d.Agency("a")
	if a.TimeZone != "Europe/Paris" || a.SlotMinutes != 30 || a.LeadTime != 2*time.Hour || a.Horizon != 14*24*time.Hour {
		t.Errorf("agency settings: %+v", a)
	}
	if got := a.Hours[time.Monday]; len(got) != 2 || got[0] != (TimeRange{540, 720}) || got[1] != (TimeRange{810, 1020}) {
		t.Errorf("hours sorted: %v", got)
	}
	if len(a.Closures) != 2 || a.Closures[1].From != a.Closures[1].To || a.Closures[0].Reason != "Noël" {
		t.Errorf("closures: %+v", a.Closures)
	}
	if !a.HasModality(Video) || a.HasModality(OnSite) {
		t.Errorf("modalities %v", a.Modalities)
	}
	op := d.Operator("reg-bretagne")
	if op.Notify.WebhookSecretEnv != "HOOK_SECRET" || op.Notify.WebhookSecret != "" {
		t.Errorf("notify %+v", op.Notify)
	}
	if err := d.ResolveSecrets(func(k string) string { return map[string]string{"HOOK_SECRET": "s3cr3t"}[k] }); err != nil || op.Notify.WebhookSecret != "s3cr3t" {
		t.Errorf("ResolveSecrets: %v %q", err, op.Notify.WebhookSecret)
	}
	if err := d.ResolveSecrets(func(string) string { return "" }); err == nil || strings.Contains(err.Error(), "s3cr3t") {
		t.Errorf("missing secret: %v", err)
	}
}

func TestOverseasAgencyGetsItsZone(t *testing.T) {
	d, err := Parse("f.yaml", []byte(`defaults: {modalities: [visio], hours: {mon: ["08:00-12:00"]}}
operators: [{id: ft, kind: france_travail, name: FT}]
agencies:
  - {id: a, operator: ft, name: A, departements: ["974"], advisors: [{id: x, name: X}]}
  - {id: b, operator: ft, name: B, departements: ["973"], time_zone: America/Cayenne, advisors: [{id: y, name: Y}]}
`))
	if err != nil {
		t.Fatal(err)
	}
	if a := d.Agency("a"); a.Location.String() != "Indian/Reunion" {
		t.Errorf("974 agency zone %v", a.Location)
	}
}

// Each case is a small broken file; the message must name the line and the
// field in plain words.
func TestParseErrors(t *testing.T) {
	head := "operators: [{id: ft, kind: france_travail, name: FT}]\nagencies:\n"
	agency := func(extra string) string {
		return head + "  - id: a\n    operator: ft\n    name: A\n    departements: [\"35\"]\n    modalities: [sur_place]\n    hours: {mon: [\"09:00-12:00\"]}\n    advisors: [{id: x, name: X}]\n" + extra
	}
	cases := []struct{ name, src, want string }{
		{"yaml syntax", "operators: [\n  - {", "f.yaml:"},
		{"empty", "", "f.yaml: the file is empty"},
		{"not a mapping", "- 1\n", "f.yaml:1: expected a mapping"},
		{"typo key", "operators: []\nagencies: []\nagences: []\n", `f.yaml:3: agences: unknown key "agences" (did you mean "agencies"?)`},
		{"missing operators", "agencies: []\n", "operators: missing (required)"},
		{"unknown kind", "operators: [{id: x, kind: pole_emploi, name: X}]\nagencies: []\n", `f.yaml:1: operators[0].kind: unknown operator kind "pole_emploi"`},
		{"kind typo", "operators: [{id: x, kind: cap_emplio, name: X}]\nagencies: []\n", `did you mean "cap_emploi"?`},
		{"missing name", "operators: [{id: x, kind: apec}]\nagencies: []\n", "f.yaml:1: operators[0].name: missing (required)"},
		{"duplicate operator", "operators:\n  - {id: x, kind: apec, name: A}\n  - {id: x, kind: apec, name: B}\nagencies: []\n", `f.yaml:3: operators[1].id: duplicate operator id "x" (first at line 2)`},
		{"inline secret", "operators:\n  - id: x\n    kind: apec\n    name: A\n    notify: {webhook_url: \"https://h.example.org\", webhook_secret: hunter2}\nagencies: []\n", "secrets are never written in the directory"},
		{"url without secret", "operators:\n  - {id: x, kind: apec, name: A, notify: {webhook_url: \"https://h.example.org\"}}\nagencies: []\n", "webhook_url needs webhook_secret_file or webhook_secret_env"},
		{"regional without regions", "operators: [{id: r, kind: operateur_regional, name: R}]\nagencies: []\n", "a regional operator must list the regions"},
		{"unknown region", "operators: [{id: r, kind: operateur_regional, name: R, regions: [\"99\"]}]\nagencies: []\n", `unknown region code "99"`},
		{"unknown operator", head + "  - {id: a, operator: nope, name: A, departements: [\"35\"], modalities: [visio], hours: {mon: [\"09:00-12:00\"]}, advisors: [{id: x, name: X}]}\n", `f.yaml:3: agencies[0].operator: unknown operator "nope"`},
		{"bad hours", agency("") + "", ""},
		{"hours format", strings.Replace(agency(""), `mon: ["09:00-12:00"]`, `mon: ["9h-12h"]`, 1), `f.yaml:8: agencies[0].hours.mon: "9h-12h" is not HH:MM-HH:MM`},
		{"hours inverted", strings.Replace(agency(""), `mon: ["09:00-12:00"]`, `mon: ["12:00-09:00"]`, 1), `"12:00-09:00" ends before it starts`},
		{"hours overlap", strings.Replace(agency(""), `mon: ["09:00-12:00"]`, `mon: ["09:00-12:00", "11:00-13:00"]`, 1), "ranges 09:00-12:00 and 11:00-13:00 overlap"},
		{"bad day", strings.Replace(agency(""), `mon:`, `lundi:`, 1), `unknown key "lundi"`},
		{"short range", strings.Replace(agency(""), `mon: ["09:00-12:00"]`, `mon: ["09:00-09:20"]`, 1), "shorter than one 45-minute appointment"},
		{"unknown departement", strings.Replace(agency(""), `["35"]`, `["20"]`, 1), `f.yaml:6: agencies[0].departements[0]: unknown département code "20"`},
		{"unknown modality", strings.Replace(agency(""), `[sur_place]`, `[presentiel]`, 1), `unknown modality "presentiel"`},
		{"bad zone", agency("    time_zone: Europe/Parsi\n"), `f.yaml:10: agencies[0].time_zone: unknown time zone "Europe/Parsi"`},
		{"slot zero", agency("    slot_minutes: 0\n"), "slot_minutes: must be positive"},
		{"slot odd", agency("    slot_minutes: 37\n"), "37 is not a multiple of 5"},
		{"bad duration", agency("    horizon: 3 weeks\n"), `"3 weeks" is not a duration`},
		{"closure inverted", agency("    closures: [{from: 2026-12-31, to: 2026-12-24}]\n"), "closure ends (2026-12-24) before it starts (2026-12-31)"},
		{"closure date", agency("    closures: [{from: 31/12/2026}]\n"), `"31/12/2026" is not a date YYYY-MM-DD`},
		{"no advisor", strings.Replace(agency(""), "    advisors: [{id: x, name: X}]\n", "", 1), `agency "a" has no advisor`},
		{"advisor unknown agency", agency("advisors: [{id: y, name: Y, agency: b}]\n"), `f.yaml:10: advisors[0].agency: unknown agency "b"`},
		{"duplicate advisor", agency("advisors: [{id: x, name: Y, agency: a}]\n"), `duplicate advisor id "x"`},
		{"slack id", strings.Replace(agency(""), "{id: x, name: X}", "{id: x, name: X, slack_user_id: bob}", 1), `"bob" is not a Slack user id`},
		{"branches on another kind", agency("    branches: [territoriale]\n"), `only agencies of an employeur_public operator have branches`},
		{"unknown branch", strings.Replace(agency("    branches: [fpt]\n"), "kind: france_travail", "kind: employeur_public", 1), `unknown branch "fpt" (allowed: etat, education, territoriale, hospitaliere, armees)`},
		{"branch twice", strings.Replace(agency("    branches: [etat, etat]\n"), "kind: france_travail", "kind: employeur_public", 1), `branch "etat" listed twice`},
		{"branches valid", strings.Replace(agency("    branches: [territoriale]\n"), "kind: france_travail", "kind: employeur_public", 1), ""},
		{"outside region", "operators: [{id: r, kind: operateur_regional, name: R, regions: [\"53\"]}]\nagencies:\n  - {id: a, operator: r, name: A, departements: [\"75\"], modalities: [visio], hours: {mon: [\"09:00-12:00\"]}, advisors: [{id: x, name: X}]}\n", "département 75 (Île-de-France) is outside the regions"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := Parse("f.yaml", []byte(c.src))
			if c.want == "" {
				if err != nil {
					t.Fatalf("valid file rejected: %v", err)
				}
				return
			}
			var list *Errors
			if !errors.As(err, &list) {
				t.Fatalf("error %T %v, want *Errors", err, err)
			}
			if !strings.Contains(err.Error(), c.want) {
				t.Errorf("errors:\n%v\nwant one containing %q", err, c.want)
			}
		})
	}
}

func TestParseCollectsEveryProblem(t *testing.T) {
	src := `operators:
  - {id: ft, kind: francetravail, name: FT}
  - {id: ft, kind: apec}
agencies:
  - id: a
    operator: nope
    name: A
    departements: ["35", "999"]
    modalities: [sur_place]
    hours: {mon: ["9h-12h"], tue: ["14:00-13:00"]}
    slot_minutes: -5
    colour: blue
advisors:
  - {id: z, name: Z, agency: ghost}
`
	_, err := Parse("annuaire.yaml", []byte(src))
	var list *Errors
	if !errors.As(err, &list) {
		t.Fatal(err)
	}
	if len(list.List) < 9 {
		t.Errorf("want ≥ 9 problems, got %d:\n%v", len(list.List), err)
	}
	for i := 1; i < len(list.List); i++ {
		if list.List[i].Line < list.List[i-1].Line {
			t.Errorf("problems not sorted by line:\n%v", err)
		}
	}
	for _, e := range list.List {
		if e.File != "annuaire.yaml" || e.Line == 0 {
			t.Errorf("problem without position: %v", e)
		}
	}
}

func TestCheck(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.yaml")
	os.WriteFile(good, sampleYAML, 0o600)
	sum, warns, err := Check(good)
	if err != nil || len(warns) != 0 || !strings.HasSuffix(sum, "annuaire valide (24 opérateurs, 424 agences, 1317 conseillers)") {
		t.Errorf("Check(sample) = %q %v %v", sum, warns, err)
	}
	partial := filepath.Join(dir, "partial.yaml")
	os.WriteFile(partial, []byte(minimal), 0o600)
	_, warns, err = Check(partial)
	if err == nil {
		// ft-35 has a single advisor: still valid (≥ 1); gaps are warnings.
		if len(warns) == 0 {
			t.Error("a partial directory should warn about coverage gaps")
		}
	}
	if _, _, err := Check(filepath.Join(dir, "missing.yaml")); err == nil {
		t.Error("missing file accepted")
	}
}

func TestAliasBomb(t *testing.T) {
	src := "a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\noperators: [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\n"
	if _, err := Parse("bomb.yaml", []byte(src)); err == nil {
		t.Fatal("accepted")
	}
}

func FuzzParse(f *testing.F) {
	f.Add([]byte(minimal))
	f.Add(sampleYAML[:4000])
	f.Add([]byte("operators: [{id: x, kind: apec, name: A, notify: {webhook_url: 'http://[::1'}}]\nagencies: [{hours: {mon: ['24:00-24:00', '23:59-24:00']}}]"))
	f.Add([]byte("a: &a [*a]"))
	f.Add([]byte(availSrc)) // advisors' hours, absences, calendars
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := Parse("fuzz.yaml", data)
		if err == nil {
			_ = d.AgenciesFor("france_travail", "35")
			_ = d.Coverage()
			for _, ad := range d.Advisors {
				if a := d.Agency(ad.AgencyID); a != nil && a.Location != nil {
					st := time.Date(2026, 12, 7, 9, 0, 0, 0, a.Location)
					_ = ad.Available(a, a.Location, st, st.Add(45*time.Minute))
				}
			}
			return
		}
		var list *Errors
		if !errors.As(err, &list) || len(list.List) == 0 {
			t.Fatalf("error is not a non-empty *Errors: %T %v", err, err)
		}
	})
}

func TestReception(t *testing.T) {
	op, ag := Sample().Reception()
	if op == nil || ag == nil || op.Kind != KindAccueil || op.Phone == "" || ag.OperatorID != op.ID || len(ag.Hours[1]) == 0 {
		t.Fatalf("Sample().Reception() = %+v, %+v", op, ag)
	}
	for _, k := range Kinds {
		if k == KindAccueil {
			t.Fatal("the reception queue must not be a routing kind")
		}
	}
	two := strings.Replace(minimal, "operators:\n", "operators:\n  - {id: acc1, kind: accueil, name: Accueil 1}\n  - {id: acc2, kind: accueil, name: Accueil 2}\n", 1)
	_, err := Parse("annuaire.yaml", []byte(two))
	if err == nil || !strings.Contains(err.Error(), "annuaire.yaml:7: operators[1].kind: a second general reception queue") {
		t.Errorf("two reception queues: %v", err)
	}
	one := strings.Replace(minimal, "operators:\n", "operators:\n  - {id: acc1, kind: accueil, name: Accueil 1}\n", 1)
	d, err := Parse("annuaire.yaml", []byte(one))
	if err != nil {
		t.Fatalf("one reception queue without agency: %v", err)
	}
	if op, ag := d.Reception(); op == nil || op.ID != "acc1" || ag != nil {
		t.Errorf("Reception() = %+v, %+v", op, ag)
	}
	var nilDir *Directory
	if op, ag := nilDir.Reception(); op != nil || ag != nil {
		t.Fatal("nil directory has a reception queue")
	}
}

func TestPublicEmployerAgencies(t *testing.T) {
	src := `operators: [{id: fp, kind: employeur_public, name: Employeurs publics}]
agencies:
  - {id: cdg-35, operator: fp, name: "Centre de gestion d'Ille-et-Vilaine", departements: ["35"], branches: [territoriale], modalities: [sur_place], hours: {mon: ["09:00-12:00"]}, advisors: [{id: x, name: X}]}
  - {id: pfrh, operator: fp, name: "PFRH Bretagne", departements: ["35", "22", "29", "56"], branches: [etat], modalities: [visio], hours: {mon: ["09:00-12:00"]}, advisors: [{id: y, name: Y}]}
  - {id: all, operator: fp, name: "Tous versants", departements: ["29"], modalities: [visio], hours: {mon: ["09:00-12:00"]}, advisors: [{id: z, name: Z}]}
`
	d, err := Parse("f.yaml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	ids := func(as []*Agency) string {
		var out []string
		for _, a := range as {
			out = append(out, a.ID)
		}
		return strings.Join(out, ",")
	}
	for _, tc := range []struct{ branch, dep, want string }{
		{BranchTerritoriale, "35", "cdg-35"},
		{BranchTerritoriale, "22", ""}, // no centre de gestion there: no regional fallback
		{BranchEtat, "22", "pfrh"},
		{BranchHospitaliere, "35", ""},
		{BranchHospitaliere, "29", "all"},
		{"", "29", "all"}, // unknown branch: only an agency serving every branch
		{"", "35", ""},
	} {
		if got := ids(d.PublicEmployerAgencies(tc.branch, tc.dep)); got != tc.want {
			t.Errorf("PublicEmployerAgencies(%q, %q) = %q, want %q", tc.branch, tc.dep, got, tc.want)
		}
	}
}

func TestAgencyTownAndDistance(t *testing.T) {
	for _, tc := range []struct{ addr, cp, town string }{
		{"5 avenue des Acacias, 01000 Bourg-en-Bresse", "01000", "Bourg-en-Bresse"},
		{"Bâtiment B, 2 rue de l'Industrie, 35000 Rennes", "35000", "Rennes"},
		{"58 boulevard Victor-Hugo, 97200 Fort-de-France", "97200", "Fort-de-France"},
		{"3 rue Haute, 2900 Quimper", "", ""},
		{"quelque part", "", ""},
		{"", "", ""},
	} {
		a := &Agency{Address: tc.addr}
		if got := a.Town(); got != tc.town {
			t.Errorf("Town(%q) = %q, want %q", tc.addr, got, tc.town)
		}
		if got := a.PostalCode(); got != tc.cp {
			t.Errorf("PostalCode(%q) = %q, want %q", tc.addr, got, tc.cp)
		}
	}
	a := &Agency{Departements: []string{"44", "49"}}
	if a.Seat() != "44" || a.Distant("44") || !a.Distant("49") || a.Distant("") {
		t.Errorf("seat %q, distant(44) %v, distant(49) %v", a.Seat(), a.Distant("44"), a.Distant("49"))
	}
}

// postalTown's fast path gives what splitting the last part gives.
func TestPostalTownFastPath(t *testing.T) {
	slow := func(addr string) (string, string) {
		last := addr[strings.LastIndex(addr, ",")+1:]
		f := strings.Fields(last)
		if len(f) < 2 || len(f[0]) != 5 || strings.Trim(f[0], "0123456789") != "" {
			return "", ""
		}
		return f[0], strings.Join(f[1:], " ")
	}
	for _, addr := range []string{"12 rue X, 29200 Brest", "12 rue X, 29200 BREST CEDEX 2", "29200 Brest", " 29200  Brest ",
		"1 rue, 35000\tRennes", "1 rue, 35000 Saint\u00a0Malo", "1 rue, 3500 Rennes", "1 rue, 35000", "1 rue, 35000 ", "",
		"1 rue, 2A004 Ajaccio", "1 rue, 75015 Paris 15e", "x,  75015 Paris"} {
		a := &Agency{Address: addr}
		cp, town := a.postalTown()
		if wcp, wtown := slow(addr); cp != wcp || town != wtown {
			t.Errorf("postalTown(%q) = %q, %q; want %q, %q", addr, cp, town, wcp, wtown)
		}
	}
}
