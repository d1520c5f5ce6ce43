package analysis

import "sync"

// Round 22I of issue 13 — family: an employer, an HR manager, a manager, a
// trainer or a coach who writes about ONE of their employees or people
// (« Je suis DRH d'une clinique privée (cadre, 51 ans) et une de nos
// infirmières, 42 ans, en CDI, veut devenir cadre de santé », « chef de
// chantier, cadre, un de mes compagnons, 35 ans, maçon en CDI… »). Found by
// a gap search (a scratch set of 109 messages written for the family,
// tuning121, about a third of them near-misses: the writer asking for
// himself while naming his team, an employee naming a colleague or a boss
// in passing, 21K's general questions about staff in the plural).
// cep-domain.md §4: the facts of a message written for someone are that
// person's; the writer's own cadre status, age or status is set aside
// (relatives.go, round 18R for « un de nos salariés »).
//
//   - Round 18R read « un de nos | une de mes » + a plural noun only for a
//     short list of staff words (salariés, collaborateurs, commerciaux,
//     techniciens…); round 21I tried all plural job names and dropped them,
//     because a colleague also says « un de nos chauffeurs » (tuning83).
//     What tells the employer from the colleague is the writer's own role
//     of authority over the staff: « DRH », « RH », « gérant », « manager »,
//     « chef de… », « directeur », « responsable », « entraîneur »,
//     « coach », « tuteur », « maître d'apprentissage », « j'emploie »,
//     « je dirige », « je manage » (the employer's power of direction, code
//     du travail L1221-1 and the subordination of the contract of
//     employment; for the tutor L6223-5). When such a word opens the
//     message (in its first clause, or in a clause of the writer's), « un
//     de nos | une de mes | l'un de nos » + any plural noun that is no
//     relative (« caristes », « infirmières », « compagnons »,
//     « joueurs », « clients ») is the person written about
//     (employeeOfWriterR22i, hooked in thirdPersonR18r): the writer's
//     « cadre », age and own status said before are set aside by the
//     existing readings (markForRelative, age, writersCadreR21i), and the
//     person's are read from where they are named; when nothing is told of
//     the person (a coach's « un de mes clients »), the status is asked.
//
// Kept unchanged: a writer who asks for himself (« je suis manager d'une
// équipe de 10, je veux me reconvertir »: no « un de nos »); an employee
// who names a boss or a colleague (« mon chef m'a dit… »: no role of
// authority of the writer's); staff in the plural (round 21K).

// authorityR22i are the writer's roles of authority over staff or people
// coached or trained.
var authorityR22i = map[string]bool{"drh": true, "rh": true, "rrh": true, "gerant": true, "gerante": true, "manager": true,
	"manageuse": true, "chef": true, "cheffe": true, "directeur": true, "directrice": true, "responsable": true, "entraineur": true,
	"entraineuse": true, "entraineure": true, "coach": true, "tuteur": true, "tutrice": true, "patron": true, "patronne": true,
	"employeur": true, "employeuse": true, "dirige": true, "dirigeons": true, "manage": true, "emploie": true, "employons": true,
	"encadre": true, "president": true, "presidente": true, "coordinateur": true, "coordinatrice": true, "dgs": true,
	"proviseur": true, "proviseure": true, "formateur": true, "formatrice": true, "maitre": true, "maitresse": true,
	"gestionnaire": true, "superviseur": true, "superviseuse": true, "contremaitre": true}

// employerWriterR22i reports a role of authority of the writer's before
// position end: in the message's first clause or in a clause where the
// writer speaks of himself (sc.writer is not yet settled when
// thirdPersonR18r first runs: « je », « j' » in the clause stand for it).
func (a *analyser) employerWriterR22i(end int) bool {
	toks := a.toks
	for j := 0; j < end && j < len(toks); j++ {
		if !authorityR22i[toks[j].s] {
			continue
		}
		if j > 0 && (toks[j-1].s == "mon" || toks[j-1].s == "ma" || toks[j-1].s == "notre" || toks[j-1].s == "son" || toks[j-1].s == "sa" || toks[j-1].s == "le" || toks[j-1].s == "la" || toks[j-1].s == "l") {
			continue // « mon chef », « la DRH »: someone else's role
		}
		c := toks[j].clause
		if c == toks[0].clause {
			return true
		}
		for k := j - 1; k >= 0 && toks[k].clause == c; k-- {
			if toks[k].s == "je" || toks[k].s == "j" {
				return true
			}
		}
	}
	return false
}

// employeeOfWriterR22i reports at n (the noun after « un de nos », « une
// de mes ») a plural noun naming one of the writer's people, the writer
// holding a role of authority (see the header).
func (a *analyser) employeeOfWriterR22i(n int) bool {
	s := a.toks[n].s
	if len(s) < 4 || s[len(s)-1] != 's' && s[len(s)-1] != 'x' || relativeNouns[s] || a.toks[n].num {
		return false
	}
	for _, h := range a.sc.hits {
		if h.start == n && h.p.k == kStatus {
			return false // « un de nos intérimaires »: the noun is a status, read as before
		}
	}
	return a.employerWriterR22i(n-2) && !a.ownAskR21k()
}

// coachRolesR22i are the roles of authority whose people are not
// necessarily employees (a trainer's trainees, a coach's players or
// clients).
var coachRolesR22i = map[string]bool{"entraineur": true, "entraineuse": true, "entraineure": true, "coach": true,
	"formateur": true, "formatrice": true}

// notStaffR22i are the plural nouns, after « un de mes », of people who are
// no employees of the writer.
var notStaffR22i = map[string]bool{"clients": true, "clientes": true, "eleves": true, "stagiaires": true, "patients": true,
	"patientes": true, "usagers": true, "beneficiaires": true, "etudiants": true, "etudiantes": true, "apprenants": true,
	"apprenantes": true, "adherents": true, "adherentes": true, "licencies": true, "licenciees": true, "amis": true, "amies": true,
	"collegues": true, "fournisseurs": true, "partenaires": true, "enfants": true, "jeunes": true}

var (
	staffPatR22i     *pattern
	staffPatR22iOnce sync.Once
)

// staffPatternR22i is round 18R's pattern « un|une de|d nos <staff> »
// (kStatus salarie_prive, strength 4).
func staffPatternR22i() *pattern {
	staffPatR22iOnce.Do(func() {
		for _, p := range lex().patterns["un"] {
			if p.k == kStatus && p.v == "salarie_prive" && p.w == 4 && len(p.ids) == 4 {
				staffPatR22i = p
				return
			}
		}
	})
	return staffPatR22i
}

// employeeHitsR22i adds, for « un|une|l'un|l'une de|d nos|mes <plural
// noun> » written by an employer (see the header), the status reading of
// round 18R's « un de nos salariés » when no status pattern already
// starts there.
func (a *analyser) employeeHitsR22i() {
	toks := a.toks
	for i := 0; i+3 < len(toks); i++ {
		if toks[i].s != "un" && toks[i].s != "une" || toks[i+1].s != "de" && toks[i+1].s != "d" ||
			toks[i+2].s != "nos" && toks[i+2].s != "mes" {
			continue
		}
		n := i + 3
		if thirdNounsR18r[toks[n].s] || notStaffR22i[toks[n].s] || !a.employeeOfWriterR22i(n) || a.coachWriterR22i(i) {
			continue
		}
		p := staffPatternR22i()
		if p == nil {
			return
		}
		at := len(a.sc.hits)
		for h, x := range a.sc.hits {
			if x.start >= i {
				at = h
				break
			}
		}
		dup := false // another status told of the person (« titulaire », « licencié ») is read as it is
		for h := at; h < len(a.sc.hits); h++ {
			x := a.sc.hits[h]
			dup = dup || x.p.k == kStatus && (x.p.v != "salarie_prive" && x.p.v != statusUndecided || x.start == i)
		}
		if dup {
			continue
		}
		a.sc.hits = append(a.sc.hits, hit{})
		copy(a.sc.hits[at+1:], a.sc.hits[at:])
		a.sc.hits[at] = hit{p: p, start: i, end: n + 1}
	}
}

// coachWriterR22i reports a coach's or a trainer's role before end and no
// employer's role.
func (a *analyser) coachWriterR22i(end int) bool {
	coach := false
	for j := 0; j < end; j++ {
		if coachRolesR22i[a.toks[j].s] {
			coach = true
		}
	}
	return coach
}
