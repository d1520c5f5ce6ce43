package analysis

// Persona round w2 (issue 13): a wish to work in a field or a trade
// (« après je voudrais travailler dans l'animation », « j'aimerais bosser
// comme cariste ») is a project; it was none (« Projet : non précisé »).
// What it is depends on who says it (cep-domain.md §4): entering or going
// back to work for a job seeker, a student or a volunteer
// (reprise_activite, as the readable sets label « je viens de terminer
// mon service civique … je voudrais travailler dans l'animation »), a
// reconversion for someone in a job.
//
// These words say the job held as well as the one wished (« je travaille
// dans la logistique »): a project only in a wish, on the weakest tier, so
// that any project named besides wins.

// tierWishedField is the project tier of the fields wished for, weaker than
// tierWishedPlace.
const tierWishedField int8 = 8

var w2Specs = []patSpec{
	{p: "travailler|bosser|taffer|exercer dans|comme", k: kProject, v: "reconversion", w: tierWishedField},
}

// fieldProject is the project of a field wished for, by the status read:
// a reconversion for someone who holds a job, entering or going back to
// work otherwise (most of those who do not say a status are young people
// out of school, volunteers, people out of work).
func fieldProject(status string) string {
	switch status {
	case "salarie_prive", "agent_public", "independant", "artisan", "profession_liberale", "auto_entrepreneur":
		return "reconversion"
	}
	return "reprise_activite"
}
