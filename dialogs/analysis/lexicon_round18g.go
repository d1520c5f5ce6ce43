package analysis

// Round 18G of issue 13: a status the message does not settle (label
// null), which the analysis read as a fact. Each rule leaves the status
// unknown (the dialogue asks) where the writer says it is not settled,
// and names its source.

// opinionHedge reports at j a verb of opinion said by the writer and
// opening a subordinate (« je pense que je vais être licencié », « je crois
// qu'ils vont me licencier », « j'imagine que mon contrat ne sera pas
// renouvelé »): the event that follows is the writer's guess, not a fact,
// as « j'ai peur d'être licencié » (hedged); cep-domain.md §4 makes a job
// seeker of an end of contract that is settled (« within weeks »), not of
// one that is feared. A past event under the verb (« je crois que j'ai été
// licenciée abusivement ») is a fact judged, not guessed, and stays read.
func (a *analyser) opinionHedge(j int, h hit) bool {
	t := a.toks
	switch t[j].s {
	case "pense", "crois", "suppose", "imagine", "presume":
	default:
		return false
	}
	if j == 0 || j+1 >= len(t) || t[j-1].s != "je" && t[j-1].s != "j" {
		return false
	}
	if t[j+1].s != "que" && t[j+1].s != "qu" {
		return false
	}
	return !a.pastAuxBetween(j+1, h.start)
}
