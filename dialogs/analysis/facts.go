// Package analysis extracts routing facts (status, age, disability, place,
// project…) from free French text written by visitors of the CEP chatbot.
// It is deterministic, does no I/O and never panics.
package analysis

// Facts are the routing slots known about a visitor. Zero values mean
// "unknown" so that Merge can tell stated facts from missing ones.
type Facts struct {
	Status       string   // "" = unknown; else demandeur_emploi, salarie_prive, agent_public, independant, artisan, profession_liberale, auto_entrepreneur, etudiant
	Cadre        *bool    // nil = not stated
	JeuneDiplome *bool    // bac+3 or more; nil = not stated
	Age          int      // 0 = unknown
	Handicap     *bool    // nil = unknown, false only when denied
	Departement  string   // INSEE code "01".."95","2A","2B","971".."976"; "" unknown
	Region       string   // INSEE region code; "" unknown
	Commune      string   // commune name when one was recognised (display form, accents)
	Outside      bool     // place recognised but outside the 18 regions (COM, abroad)
	Project      string   // reconversion, formation, creation_activite, reprise_activite, vae, bilan, mobilite, information, autre; "" unknown
	Candidates   []string // homonym communes "Nom (dept)" when a commune name is ambiguous and no postal code resolves it
	// WantsWork marks a student (or school leaver) who wants to work rather
	// than continue studying: the decision table then routes them like a job
	// seeker instead of sending them to the university guidance service.
	WantsWork bool
	// SeeksCadre marks a wish for a cadre post (« je cherche un poste de
	// cadre », « je vise le statut cadre »): with a bac+3 degree it is row 6
	// of the decision table even for someone employed as a non-cadre.
	SeeksCadre bool

	// Branch is the public-service branch of an agent public (BranchEtat,
	// BranchEducation, BranchTerritoriale, BranchHospitaliere, BranchArmees);
	// "" unknown or not an agent public.
	Branch string
	// Workplace is the département of a workplace named without a home
	// (« infirmière au CHU de Nantes »): it is not where the visitor lives,
	// so Departement stays unknown and the dialogue asks.
	Workplace string
	// MoveTo is the département of a home to come (« je déménage à Lille
	// le mois prochain »): not where the visitor lives now, so it is not
	// Departement, but the place question says it was heard and offers it
	// (issue 13, persona p24c).
	MoveTo string
	// Doubts are the facts the text leaves open on purpose: the dialogue
	// asks one short question instead of guessing.
	Doubts Doubt
	// Why says how each fact was found and how sure the analysis is.
	Why Origins
}

// How says how a fact was found.
type How uint8

// How values.
const (
	HowUnknown    How = iota
	HowLexicon        // a word of a sourced lexicon: status word, employer, occupation
	HowPattern        // a pattern: « 44 ans », a postal code, « fin de CDD »
	HowTypo           // a name matched despite a spelling mistake (edit distance)
	HowQuestion       // the visitor's answer to the question about it
	HowCorrection     // the visitor corrected it in plain words
	// HowOpinion: the rules found a status but the statistical model
	// (package opinion) found it very unlikely: the reading was uncertain,
	// the status is left unknown and asked (opinion.go).
	HowOpinion
)

var howNames = [...]string{"inconnu", "lexique", "motif", "faute de frappe", "question", "correction", "avis statistique contraire"}

func (h How) String() string {
	if int(h) < len(howNames) {
		return howNames[h]
	}
	return "inconnu"
}

// Origin is how one fact was found and the confidence in it (0–100).
type Origin struct {
	How  How
	Conf uint8
}

// Origins holds an Origin per analysed fact.
type Origins struct {
	Status, Branch, Cadre, Age, Handicap, Place Origin
}

// Doubt is a set of facts to be asked rather than guessed.
type Doubt uint8

// Doubt flags.
const (
	// DoubtSector: an occupation or employer found in both sectors
	// (infirmière, secrétaire, EHPAD…) and nothing settles it: the
	// dialogue asks whether the employer is public or private.
	DoubtSector Doubt = 1 << iota
	// DoubtBranch: an agent public whose branch (État, Éducation nationale,
	// territoriale, hospitalière, armées) is not said.
	DoubtBranch
	// DoubtHome: only a workplace was named; the home is asked.
	DoubtHome
	// DoubtPlace: a homonym commune or a misspelt name, in Candidates, to
	// be confirmed.
	DoubtPlace
	// DoubtStatus: the status was found only by weak evidence (a bare job
	// title) or two situations compete (« licencié … depuis en CDI »): the
	// status question is asked rather than one of them guessed
	// (calibrate.go).
	DoubtStatus
	// DoubtCadre: a title usually a cadre's (ingénieur, directrice
	// d'agence, contrôleur de gestion…), cadre not said: asked before
	// routing, since row 6 (Apec) and rows 7–8 part on it (round 20I).
	DoubtCadre
)

// Has reports whether every flag of x is in d.
func (d Doubt) Has(x Doubt) bool { return d&x == x }

// Merge returns f updated with every field that is known in newer. Place
// fields move together so that a new place never mixes with an old one.
func (f Facts) Merge(newer Facts) Facts {
	if newer.Status != "" {
		if newer.Status != f.Status {
			f.Branch = ""
		}
		f.Status = newer.Status
		f.Why.Status = newer.Why.Status
	}
	if newer.Branch != "" {
		f.Branch = newer.Branch
		f.Why.Branch = newer.Why.Branch
	}
	if newer.Cadre != nil {
		f.Cadre = newer.Cadre
		f.Why.Cadre = newer.Why.Cadre
	}
	if newer.JeuneDiplome != nil {
		f.JeuneDiplome = newer.JeuneDiplome
		if newer.Cadre == nil && newer.Why.Cadre.How != HowUnknown {
			f.Why.Cadre = newer.Why.Cadre // the line « cadre ou bac+3 » says both
		}
	}
	if newer.Age != 0 {
		f.Age = newer.Age
		f.Why.Age = newer.Why.Age
	}
	if newer.Handicap != nil {
		f.Handicap = newer.Handicap
		f.Why.Handicap = newer.Why.Handicap
	}
	if newer.Departement != "" || newer.Outside || len(newer.Candidates) > 0 {
		f.Departement = newer.Departement
		f.Region = newer.Region
		f.Commune = newer.Commune
		f.Outside = newer.Outside
		f.Candidates = newer.Candidates
		f.Why.Place = newer.Why.Place
		f.Doubts &^= DoubtHome | DoubtPlace
	} else if newer.Region != "" {
		f.Region = newer.Region
	}
	if newer.Workplace != "" {
		f.Workplace = newer.Workplace
	}
	if newer.MoveTo != "" {
		f.MoveTo = newer.MoveTo
	}
	f.Doubts |= newer.Doubts
	f.Settle()
	if newer.WantsWork {
		f.WantsWork = true
	}
	if newer.SeeksCadre {
		f.SeeksCadre = true
	}
	if newer.Project != "" {
		f.Project = newer.Project
	}
	return f
}

// Settle drops the doubts that the known facts have resolved; a caller
// that sets a fact directly (an answer chosen among options) calls it.
func (f *Facts) Settle() {
	if f.Status != "" {
		f.Doubts &^= DoubtSector | DoubtStatus
	}
	if f.Cadre != nil || f.Status != "" && f.Status != "salarie_prive" && f.Status != "demandeur_emploi" && f.Status != "etudiant" {
		f.Doubts &^= DoubtCadre
	}
	if f.Status != "agent_public" || f.Branch != "" {
		f.Doubts &^= DoubtBranch
	}
	if f.Departement != "" || f.Outside {
		f.Doubts &^= DoubtHome | DoubtPlace
	}
}
