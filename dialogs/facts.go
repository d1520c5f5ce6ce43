package dialogs

import (
	"regexp"
	"slices"

	"github.com/cep-accueil/cepbot/bot"
	"github.com/cep-accueil/cepbot/dialogs/analysis"
	"github.com/cep-accueil/cepbot/dialogs/geo"
	"github.com/cep-accueil/cepbot/dialogs/routing"
	"github.com/cep-accueil/cepbot/dialogs/texts"
)

// storeFacts keeps what is known of the visitor's situation in the record:
// the place only when one is known (a region alone only while no
// département is), the age only when stated; the
// homonyms to choose from are kept for the turn only. A student's wish to
// work is kept: it makes them a job seeker for the routing at every turn.
func (t *turn) storeFacts(f analysis.Facts) {
	r := &t.r
	r.Facts.Status = f.Status
	if f.Cadre != nil {
		r.Facts.Cadre = f.Cadre
	}
	if f.JeuneDiplome != nil {
		r.Facts.JeuneDiplome = f.JeuneDiplome
	}
	if f.Age > 0 {
		r.Facts.Age = f.Age
	}
	if f.Handicap != nil {
		r.Facts.Handicap = f.Handicap
	}
	if f.Departement != "" || f.Outside {
		r.Facts.Departement, r.Facts.Region, r.Facts.Commune, r.Facts.Outside = f.Departement, f.Region, f.Commune, f.Outside
		if r.Facts.Region == "" && !f.Outside {
			// A département known without its region (the home « in the
			// same département » as the workplace): the regional operator
			// depends on it, never the directory's first one.
			r.Facts.Region = geo.RegionOf(f.Departement)
		}
	} else if f.Region != "" && r.Facts.Departement == "" && !r.Facts.Outside {
		// « saisonnier en Corse »: the region alone narrows the place
		// question to its départements (placeQuestion).
		r.Facts.Region = f.Region
	}
	r.Facts.WantsWork = f.WantsWork && f.Status == "etudiant"
	r.Facts.Project = f.Project
	r.Facts.Branch = f.Branch
	if f.Workplace != "" {
		r.Facts.Workplace = f.Workplace
	}
	if f.MoveTo != "" {
		r.Facts.MoveTo = f.MoveTo
	}
	r.Facts.Doubts = f.Doubts
	r.Facts.Why = f.Why
	r.Facts.Settle()
	t.factsChanged()
}

// facts returns the known facts; a caller that changes them calls
// factsChanged.
func (t *turn) facts() analysis.Facts { return t.r.Facts }

// factsChanged forgets the turn's routing decision.
func (t *turn) factsChanged() { t.dec = nil }

// route is the routing decision for the known facts, computed once per
// turn (and again only when the facts change).
func (t *turn) route() *routing.Decision {
	if t.dec == nil {
		d := routing.Route(t.r.Facts)
		if d.Operator == routing.EmployeurPublic && slices.Contains(d.Alternatives, routing.FranceTravail) && worksAtFranceTravail(t.r.Request) {
			// France Travail's own agent: « si vous préférez ne pas
			// passer par votre employeur, … France Travail » named their
			// employer as the way round it.
			d.Alternatives = slices.DeleteFunc(slices.Clone(d.Alternatives), func(a string) bool { return a == routing.FranceTravail })
			d.Reasons = routing.PublicReasons(texts.FR().Understanding, t.r.Facts, d.Alternatives)
		}
		if !t.decInTurn {
			// The turn's first decision lives in the (recycled) turn;
			// a later one, after the facts changed, gets its own, so
			// a caller still holding the first keeps it unchanged.
			t.decBuf, t.decInTurn = d, true
			t.dec = &t.decBuf
		} else {
			t.dec = new(d)
		}
	}
	return t.dec
}

// readRecord reads a session's record for callers outside a turn.
func readRecord(s *bot.Session) record {
	r, _ := loadRecord(s)
	return r
}

// worksAtFranceTravail tells whether a description says the visitor (or
// the relative written for) works at France Travail or Pôle emploi
// (« je suis conseillère à France Travail », « je travaille chez Pôle
// emploi »), not that they are registered or followed there.
func worksAtFranceTravail(request string) bool {
	n := " " + normalise(request) + " "
	for _, m := range franceTravailStaff.FindAllStringSubmatch(n, -1) {
		if !containsAny(" "+m[1]+" ", franceTravailUsers) {
			return true
		}
	}
	return false
}

var (
	// franceTravailStaff: a person's job or workplace, then France
	// Travail, at most five words apart (normalised text).
	franceTravailStaff = regexp.MustCompile(`(?:je suis|je travaille|je bosse|il est|elle est|il travaille|elle travaille|il bosse|elle bosse)((?: [a-z]+){0,5}) (?:a|chez|pour|de|du) (?:france travail|pole emploi) `)
	// franceTravailUsers say the person uses France Travail.
	franceTravailUsers = []string{" inscrit ", " inscrite ", " suivi ", " suivie ", " accompagne ", " accompagnee ", " indemnise ",
		" indemnisee ", " radie ", " radiee ", " convoque ", " convoquee ", " orientee ", " oriente ", " en formation "}
)
