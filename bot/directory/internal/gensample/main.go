// Command gensample writes the embedded sample directory (sample.yaml):
// fictional agencies and advisors of every operator kind covering every
// département. Run by go generate in bot/directory; the output is committed.
package main

import (
	"flag"
	"fmt"
	"hash/fnv"
	"log"
	"os"
	"strconv"
	"strings"

	"github.com/cep-accueil/cepbot/bot/directory"
	"github.com/cep-accueil/cepbot/dialogs/texts"
)

func main() {
	out := flag.String("o", "sample.yaml", "output file")
	flag.Parse()
	data := []byte(generate())
	if _, err := directory.Parse(*out, data); err != nil {
		log.Fatalf("gensample: generated directory is invalid:\n%v", err)
	}
	if err := os.WriteFile(*out, data, 0o644); err != nil {
		log.Fatalf("gensample: %v", err)
	}
}

func q(s string) string { return strconv.Quote(s) }

func hash(s string) uint32 {
	h := fnv.New32a()
	h.Write([]byte(s))
	return h.Sum32()
}

type gen struct {
	b        strings.Builder
	meetings []meeting // collective information sessions, written last
	phone    int
	people   int
	advisor  map[string]bool
}

// fictionalPhone numbers come from the 01 99 00 xx xx range that ARCEP keeps
// for fiction: they never ring anyone.
func (g *gen) fictionalPhone() string {
	g.phone++
	n := g.phone % 10000
	return fmt.Sprintf("01 99 00 %02d %02d", n/100, n%100)
}

func (g *gen) p(format string, args ...any) { fmt.Fprintf(&g.b, format+"\n", args...) }

func generate() string {
	g := &gen{advisor: map[string]bool{}}
	g.p("# Annuaire d'exemple de cepbot — FICTIF : agences, adresses, conseillers et")
	g.p("# numéros (plage 01 99 00 xx xx réservée à la fiction) sont inventés.")
	g.p("# Généré par bot/directory/internal/gensample (go generate) ; ne pas éditer à la main.")
	g.p("# Schéma : bot/directory/SCHEMA.md")
	g.p("version: 1")
	g.p("defaults:")
	g.p("  time_zone: Europe/Paris")
	g.p("  slot_minutes: 45")
	g.p("  lead_time: 1h")
	g.p("  horizon: 21d")
	g.p("  modalities: [sur_place, telephone]")
	g.p("  hours:")
	for _, d := range []string{"mon", "tue", "wed", "thu"} {
		g.p("    %s: [\"09:00-12:00\", \"13:30-17:00\"]", d)
	}
	g.p("    fri: [\"09:00-12:00\", \"13:30-16:00\"]")
	g.operators()
	g.outcomes()
	g.p("agencies:")
	deps := directory.Departements()
	for _, d := range deps {
		g.departementAgency("ft", "France Travail", d, 0)
	}
	for _, d := range deps {
		g.departementAgency("cap-emploi", "Cap emploi", d, 1)
	}
	for _, d := range deps {
		g.departementAgency("ml", "Mission locale", d, 2)
	}
	for _, r := range directory.Regions() {
		g.regionAgency("apec", "Centre Apec", r, 3)
	}
	for _, r := range directory.Regions() {
		g.regionAgency("reg-"+regionSlug[r.Code], "Avenir Actifs", r, 4)
	}
	for _, r := range directory.Regions() {
		g.publicEmployerAgencies(r)
	}
	// Written after every region's entries so that the phone numbers and
	// advisor names drawn before them stay as they were.
	g.otherAcademies()
	g.receptionAgency()
	g.sessions()
	return g.b.String()
}

func (g *gen) operators() {
	g.p("operators:")
	g.p("  - id: ft")
	g.p("    kind: france_travail")
	g.p("    name: France Travail")
	g.p("    phone: %s", q(g.fictionalPhone()))
	g.p("    website: https://www.francetravail.fr/")
	g.p("    notify: {slack_channel: \"#cep-france-travail\"}")
	g.p("    managers: [%s]", sampleManager("ft"))
	g.p("  - id: cap-emploi")
	g.p("    kind: cap_emploi")
	g.p("    name: Cap emploi")
	g.p("    phone: %s", q(g.fictionalPhone()))
	g.p("    website: https://www.capemploi.info/")
	g.p("    notify:")
	g.p("      slack_channel: \"#cep-cap-emploi\"")
	g.p("      webhook_url: https://webhooks.cap-emploi.example.org/cep")
	g.p("      webhook_secret_env: CEPBOT_WEBHOOK_SECRET_CAP_EMPLOI")
	g.p("  - id: ml")
	g.p("    kind: mission_locale")
	g.p("    name: Missions locales")
	g.p("    phone: %s", q(g.fictionalPhone()))
	g.p("    website: https://www.unml.info/")
	g.p("    notify: {slack_channel: \"#cep-missions-locales\"}")
	g.p("  - id: apec")
	g.p("    kind: apec")
	g.p("    name: Apec")
	g.p("    phone: %s", q(g.fictionalPhone()))
	g.p("    website: https://www.apec.fr/")
	g.p("    notify:")
	g.p("      slack_channel: \"#cep-apec\"")
	g.p("      webhook_url: https://webhooks.apec.example.org/cep/handoff")
	g.p("      webhook_secret_file: /run/secrets/cepbot_webhook_apec")
	for _, r := range directory.Regions() {
		slug := regionSlug[r.Code]
		g.p("  - id: reg-%s", slug)
		g.p("    kind: operateur_regional")
		g.p("    name: %s", q("Avenir Actifs "+r.Name))
		g.p("    phone: %s", q(g.fictionalPhone()))
		g.p("    website: https://%s.avenir-actifs.example.org/", slug)
		g.p("    regions: [%s]", q(r.Code))
		g.p("    notify: {slack_channel: %s}", q("#cep-avenir-actifs-"+slug))
	}
	g.p("  - id: fp")
	g.p("    kind: employeur_public")
	g.p("    name: Employeurs publics")
	g.p("    phone: %s", q(g.fictionalPhone()))
	g.p("    notify: {slack_channel: \"#cep-fonction-publique\"}")
	// The general reception queue: requests for a human whose operator is
	// not known yet. Fixed numbers, so that the others do not shift.
	g.p("  - id: accueil")
	g.p("    kind: accueil")
	g.p("    name: Accueil CEP")
	g.p("    phone: \"01 99 00 99 00\"")
	g.p("    website: https://mon-cep.org/")
	g.p("    notify: {slack_channel: \"#cep-accueil\"}")
}

// receptionAgency writes the team of the general reception queue.
func (g *gen) receptionAgency() {
	g.p("  - id: accueil-national")
	g.p("    operator: accueil")
	g.p("    name: \"Plateforme d'accueil du CEP\"")
	g.p("    address: \"5 rue de l'Exemple, 75010 Paris\"")
	g.p("    phone: \"01 99 00 99 01\"")
	g.p("    departements: [\"75\"]")
	g.p("    modalities: [telephone, visio]")
	g.p("    hours:")
	for _, d := range []string{"mon", "tue", "wed", "thu", "fri"} {
		g.p("      %s: [\"09:00-12:30\", \"13:30-17:30\"]", d)
	}
	g.p("    advisors:")
	g.p("      - {id: accueil-1, name: \"Claude Exemple\", slack_user_id: U0ACC00001}")
	g.p("      - {id: accueil-2, name: \"Sacha Modèle\", slack_user_id: U0ACC00002}")
}

// departementAgency writes the agency of a département-level network.
func (g *gen) departementAgency(op, label string, d directory.Departement, kind int) {
	town := prefectures[d.Code]
	h := hash(op + d.Code)
	id := op + "-" + strings.ToLower(d.Code)
	var name string
	switch kind {
	case 0:
		name = fmt.Sprintf("France Travail %s %s", town[0], quarters[h%uint32(len(quarters))])
	case 1:
		name = fmt.Sprintf("Cap emploi %s", d.Name)
	case 2:
		name = fmt.Sprintf("Mission locale %s et environs", texts.De(town[0]))
	}
	g.agency(id, op, name, town, []string{d.Code}, kind, h)
}

// publicEmployerAgencies writes, for a region, the doors of the public
// service that take appointments, each named as what it is and listing the
// branch it serves (cep-domain.md §1.5): the interministerial HR platform
// (État), the rectorat's RH de proximité (Éducation nationale), Défense
// mobilité (armées) for the whole region, and the centre de gestion of the
// territorial civil service for the seat département only. Public hospitals
// have no entry: their agents are pointed to their establishment's HR.
func (g *gen) publicEmployerAgencies(r directory.Region) {
	seat := regionSeat[r.Code]
	town := prefectures[seat]
	deps := []string{seat}
	for _, d := range r.Departements {
		if d != seat {
			deps = append(deps, d)
		}
	}
	slug := regionSlug[r.Code]
	academy, academyDeps := academyOf(seat, town[0], deps)
	for _, e := range []struct {
		id, name, branch string
		deps             []string
	}{
		{"fp-pfrh-" + slug, "Plate-forme RH interministérielle (PFRH) " + r.Name, "etat", deps},
		{"fp-rectorat-" + slug, "Rectorat " + texts.De(academy) + " — conseillers RH de proximité", "education", academyDeps},
		{"fp-defense-mobilite-" + slug, "Défense mobilité — antenne de " + town[0], "armees", deps},
		{"fp-cdg-" + strings.ToLower(seat), "Centre de gestion de la fonction publique territoriale — " + directory.LookupDepartement(seat).Name, "territoriale", deps[:1]},
	} {
		g.agency(e.id, "fp", e.name, town, e.deps, 5, hash(e.id))
		g.p("    branches: [%s]", e.branch)
	}
}

// academyOf narrows the rectorat of a region's seat to its académie when the
// region has several: a rectorat's RH de proximité serves the agents of its
// académie only, so a teacher in Montpellier must not be booked at the
// rectorat of Toulouse.
func academyOf(seat, town string, deps []string) (string, []string) {
	for _, a := range academies {
		if a.deps[0] == seat {
			return a.name, a.deps
		}
	}
	return town, deps
}

// otherAcademies writes the rectorats of the académies that are not the
// seat of their region (see academies).
func (g *gen) otherAcademies() {
	for _, a := range academies {
		if a.town[0] == "" {
			continue
		}
		id := "fp-rectorat-" + a.slug
		g.agency(id, "fp", "Rectorat "+texts.De(a.name)+" — conseillers RH de proximité", a.town, a.deps, 5, hash(id))
		g.p("    branches: [education]")
	}
}

// regionAgency writes an agency serving every département of a region.
func (g *gen) regionAgency(op, label string, r directory.Region, kind int) {
	seat := regionSeat[r.Code]
	town := prefectures[seat]
	deps := []string{seat}
	for _, d := range r.Departements {
		if d != seat {
			deps = append(deps, d)
		}
	}
	slug := regionSlug[r.Code]
	id := op + "-" + slug
	if strings.HasPrefix(op, "reg-") {
		id = op + "-" + strings.ToLower(seat)
	}
	name := fmt.Sprintf("%s %s", label, r.Name)
	if kind == 4 {
		name = fmt.Sprintf("Avenir Actifs %s — antenne %s", r.Name, texts.De(town[0]))
	}
	g.agency(id, op, name, town, deps, kind, hash(id))
}

var modalitySets = [][]string{
	{"sur_place", "telephone", "visio"},
	{"sur_place", "telephone"},
	{"sur_place", "visio"},
	{"telephone", "visio"},
}

type meeting struct {
	id, agency, title, weekly, duration, visio string
	capacity                                   int
}

// sessions writes the collective information meetings: one per France
// Travail agency (on site) and per regional operator (online).
func (g *gen) sessions() {
	g.p("")
	g.p("sessions:")
	for _, m := range g.meetings {
		g.p("  - id: %s", m.id)
		g.p("    agency: %s", m.agency)
		g.p("    title: %s", q(m.title))
		g.p("    weekly: %s", q(m.weekly))
		g.p("    duration: %s", m.duration)
		g.p("    capacity: %d", m.capacity)
		if m.visio != "" {
			g.p("    visio: %s", m.visio)
		}
	}
}

func (g *gen) agency(id, op, name string, town [2]string, deps []string, kind int, h uint32) {
	switch kind {
	case 0:
		days := []string{"mon", "tue", "thu"}
		g.meetings = append(g.meetings, meeting{id: id + "-info-cep", agency: id, title: "Réunion d'information : le conseil en évolution professionnelle",
			weekly: fmt.Sprintf("%s %02d:00", days[h%3], 9+h%2*5), duration: "2h", capacity: 25})
	case 4:
		g.meetings = append(g.meetings, meeting{id: id + "-info-salaries", agency: id, title: "Salariés : construire un projet de reconversion",
			weekly: "wed 18:00", duration: "90m", capacity: 40, visio: "https://visio.example.org/" + id})
	}
	g.p("  - id: %s", id)
	g.p("    operator: %s", op)
	g.p("    name: %s", q(name))
	g.p("    address: %s", q(fmt.Sprintf("%d %s, %s %s", 1+h%88, streets[h/7%uint32(len(streets))], town[1], town[0])))
	g.p("    phone: %s", q(g.fictionalPhone()))
	quoted := make([]string, len(deps))
	for i, d := range deps {
		quoted[i] = q(d)
	}
	g.p("    departements: [%s]", strings.Join(quoted, ", "))
	// Paris and Marseille show cards routed per agency, with a manager.
	if kind == 0 && (deps[0] == "75" || deps[0] == "13") {
		g.p("    notify: {slack_channel: %s}", q("#cep-ft-"+deps[0]))
		g.p("    managers: [%s]", sampleManager(id))
	}
	if tz := directory.DefaultTimeZone(deps[0]); tz != "Europe/Paris" {
		g.p("    time_zone: %s", tz)
	}
	// Modalities differ between networks and agencies.
	switch kind {
	case 0: // France Travail: most offer visio
		g.p("    modalities: [%s]", strings.Join(modalitySets[[]int{0, 0, 1}[h%3]], ", "))
	case 1: // Cap emploi: on site and phone (default), some visio
		if h%4 == 0 {
			g.p("    modalities: [%s]", strings.Join(modalitySets[0], ", "))
		}
	case 2: // Missions locales: mostly on site
		if h%5 == 0 {
			g.p("    modalities: [%s]", strings.Join(modalitySets[2], ", "))
		}
	case 3: // Apec: remote first
		g.p("    modalities: [%s]", strings.Join(modalitySets[[]int{0, 3}[h%2]], ", "))
	case 4:
		g.p("    modalities: [%s]", strings.Join(modalitySets[[]int{0, 0, 2}[h%3]], ", "))
	case 5:
		g.p("    modalities: [%s]", strings.Join(modalitySets[[]int{2, 0}[h%2]], ", "))
	}
	custom := g.hours(kind, h)
	switch kind {
	case 1:
		g.p("    slot_minutes: 60")
		g.p("    lead_time: 24h")
	case 3, 4:
		g.p("    slot_minutes: 60")
		g.p("    horizon: 28d")
	case 2:
		if h%2 == 0 {
			g.p("    slot_minutes: 30")
		}
	}
	g.closures(kind, h)
	g.p("    advisors:")
	n := 2 + int(h%3)
	if kind >= 3 {
		n = 3 + int(h%2)
	}
	for i := range n {
		g.people++
		x := hash(fmt.Sprint(id, i))
		fn := firstNames[x%uint32(len(firstNames))]
		ln := lastNames[(x/41+uint32(g.people))%uint32(len(lastNames))]
		aid := fmt.Sprintf("%s-c%d", id, i+1)
		slack := fmt.Sprintf("U0F%07X", x&0xfffffff)
		if !custom && kind >= 3 && i == n-1 && x%3 == 0 {
			// Part time (Monday, Tuesday, Thursday), one afternoon off.
			g.p("      - id: %s", aid)
			g.p("        name: %s", q(fn+" "+ln))
			g.p("        slack_user_id: %s", slack)
			g.p("        hours:")
			for _, d := range []string{"mon", "tue", "thu"} {
				g.p("          %s: [\"09:00-12:00\", \"13:30-17:00\"]", d)
			}
			g.p("        absences:")
			g.p("          - {date: 2027-01-07, half: apres-midi, reason: formation}")
			continue
		}
		g.p("      - {id: %s, name: %s, slack_user_id: %s}", aid, q(fn+" "+ln), slack)
	}
}

// hours writes opening hours differing from the defaults for some agencies
// (custom is true then):
// closed on Wednesday afternoon, earlier hours, Saturday mornings.
func (g *gen) hours(kind int, h uint32) (custom bool) {
	before := g.b.Len()
	defer func() { custom = g.b.Len() > before }()
	switch {
	case kind == 2 && h%3 == 0: // mission locale open Saturday morning, closed Monday morning
		g.p("    hours:")
		g.p("      mon: [\"13:30-18:00\"]")
		for _, d := range []string{"tue", "wed", "thu"} {
			g.p("      %s: [\"09:00-12:30\", \"13:30-18:00\"]", d)
		}
		g.p("      fri: [\"09:00-12:30\", \"13:30-17:00\"]")
		g.p("      sat: [\"09:00-12:00\"]")
	case h%4 == 1: // closed on Wednesday afternoon and Friday afternoon
		g.p("    hours:")
		for _, d := range []string{"mon", "tue", "thu"} {
			g.p("      %s: [\"08:30-12:00\", \"13:00-16:30\"]", d)
		}
		g.p("      wed: [\"08:30-12:00\"]")
		g.p("      fri: [\"08:30-12:00\"]")
	case h%4 == 2 && kind != 1: // long lunch break, late afternoon
		g.p("    hours:")
		for _, d := range []string{"mon", "tue", "wed", "thu", "fri"} {
			g.p("      %s: [\"09:30-12:30\", \"14:00-18:00\"]", d)
		}
	}
	return custom
}

func (g *gen) closures(kind int, h uint32) {
	var cs []string
	if h%3 == 0 {
		cs = append(cs, `{from: 2026-12-24, to: 2027-01-01, reason: "fermeture de fin d'année"}`)
	}
	if h%5 == 1 {
		cs = append(cs, `{from: 2026-12-08, reason: "formation interne de l'équipe"}`)
	}
	if h%4 == 3 {
		cs = append(cs, `{from: 2027-05-07, reason: "pont de l'Ascension"}`)
	}
	if kind == 2 && h%2 == 1 {
		cs = append(cs, `{from: 2027-08-02, to: 2027-08-20, reason: "fermeture estivale"}`)
	}
	if len(cs) == 0 {
		return
	}
	g.p("    closures:")
	for _, c := range cs {
		g.p("      - %s", c)
	}
}

// sampleManager is the fictional Slack user id of a manager.
func sampleManager(scope string) string {
	return fmt.Sprintf("U0M%07X", hash("manager:"+scope)&0xfffffff)
}

// outcomes writes the closing outcomes (the default list, made explicit).
func (g *gen) outcomes() {
	g.p("outcomes:")
	for _, o := range directory.DefaultOutcomes {
		g.p("  - {id: %s, label: %s}", o.ID, q(o.Label))
	}
}
