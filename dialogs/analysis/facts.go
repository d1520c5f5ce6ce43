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
}

// Merge returns f updated with every field that is known in newer. Place
// fields move together so that a new place never mixes with an old one.
func (f Facts) Merge(newer Facts) Facts {
	if newer.Status != "" {
		f.Status = newer.Status
	}
	if newer.Cadre != nil {
		f.Cadre = newer.Cadre
	}
	if newer.JeuneDiplome != nil {
		f.JeuneDiplome = newer.JeuneDiplome
	}
	if newer.Age != 0 {
		f.Age = newer.Age
	}
	if newer.Handicap != nil {
		f.Handicap = newer.Handicap
	}
	if newer.Departement != "" || newer.Outside || len(newer.Candidates) > 0 {
		f.Departement = newer.Departement
		f.Region = newer.Region
		f.Commune = newer.Commune
		f.Outside = newer.Outside
		f.Candidates = newer.Candidates
	} else if newer.Region != "" {
		f.Region = newer.Region
	}
	if newer.WantsWork {
		f.WantsWork = true
	}
	if newer.Project != "" {
		f.Project = newer.Project
	}
	return f
}
