package analysis

// Round 18T of issue 13: tuning71's voices — long stories told with dates
// where the last situation counts, school staff, soldiers.

// round18tSpecs are the patterns of round 18T.
var round18tSpecs = []patSpec{
	// « En 2020 j'ai été licenciée. Depuis janvier je suis en CDD »: a
	// month or a season after « depuis » opens the present of the story,
	// as « depuis, je… » does (lexicon.go); the status told after it is
	// the one now (cep-domain.md §1.3: the situation at the time of the
	// request routes)
	{p: "depuis janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|la|cette|ce|cet rentree|printemps|ete|automne|hiver je|j", k: kPresent},
	// a trainee teacher (« enseignant stagiaire », « prof stagiaire ») is a
	// fonctionnaire stagiaire, appointed and paid by the State before
	// tenure (décret n° 94-874 du 7 octobre 1994, stagiaires de l'État):
	// row 1 of cep-domain.md §1.3, not a student although the INSPE
	// trains him or her
	// a soldier's contract that is over (« contrat d'engagé volontaire fini
	// le 30 », « mon engagement s'est terminé en mars »): no longer
	// military, a job seeker (cep-domain.md §1.3 row 7; §1.5 keeps Défense
	// mobilité for those in service or leaving, so a contract that « se
	// termine dans trois semaines » is not read here)
	{p: "contrat|engagement d|de engage|engagee volontaire fini|finie|terminee|achevee", k: kStatus, v: "demandeur_emploi", w: 6, event: true},
	// (the soldier's word of employers.go inside it is what ended)
	{p: "contrat|engagement d|de engage|engagee volontaire fini|finie|terminee|achevee", k: kPast},
	{p: "contrat|engagement d|de engage|engagee volontaire s est fini|finie|termine|terminee|acheve|achevee|arrete|arretee", k: kStatus, v: "demandeur_emploi", w: 6, event: true},
	{p: "contrat|engagement d|de engage|engagee volontaire a pris fin", k: kStatus, v: "demandeur_emploi", w: 6, event: true},
	{p: "contrat|engagement d|de engage|engagee volontaire a pris fin", k: kPast},
	{p: "contrat|engagement d|de engage|engagee volontaire a expire", k: kStatus, v: "demandeur_emploi", w: 6, event: true},
	{p: "enseignant|enseignante|enseignants|professeur|professeure|prof|profs|instituteur|institutrice|cpe stagiaire|stagiaires", k: kStatus, v: "agent_public", w: 6},
}

// yearBeforeR18t reports an event dated by a past year written just
// before it in its sentence (« En 2020, j'ai été licenciée », « 2016 :
// licenciement économique »): longAgo reads the year after the event in
// its clause only. A CDD told after such an event (« Depuis janvier je
// suis en CDD ») is the job of now, the dated loss of work is over
// (cep-domain.md §1.3: the situation at the time of the request routes;
// §4: a fin de CDD makes a job seeker only when it is near).
func (a *analyser) yearBeforeR18t(h hit) bool {
	toks := a.toks
	for i := h.start - 1; i >= 0 && i >= h.start-5; i-- {
		if sentenceEnd(toks[i].after) {
			return false
		}
		if toks[i].num && len(toks[i].s) == 4 && !a.now.IsZero() {
			if v, n := leadingInt(toks[i].s); n == 4 && v >= 1950 && v < a.now.Year() {
				return true
			}
		}
	}
	return false
}

// spouseBareR18t are the partners named without a possessive in a
// telegraphic message (« Mari dans la gendarmerie, moi secrétaire… »).
// « femme » is left out: « femme, 40 ans » describes the writer; so are
// « conjoint » and « conjointe », which open the writer's own status of
// conjoint collaborateur (code de commerce L121-4).
var spouseBareR18t = map[string]bool{"mari": true, "epoux": true, "compagnon": true, "compagne": true, "copain": true, "copine": true, "concubin": true, "concubine": true}

// bareSpouseR18t reports at i a partner named without a possessive at the
// start of a clause (« Mari dans la gendarmerie, moi… », « Compagnon
// militaire, moi en CDD »): the partner's job is a relative's, as after
// « mon mari » (relatives.go; cep-domain.md §4: the status is the
// writer's own). It returns the span's start and the noun, or -1.
func (a *analyser) bareSpouseR18t(i int) (start, noun int) {
	t := a.toks
	if !spouseBareR18t[t[i].s] || i > 0 && t[i-1].clause == t[i].clause || i+1 >= len(t) || t[i+1].clause != t[i].clause {
		return -1, 0
	}
	if t[i+1].s == "et" || t[i+1].s == "de" || t[i+1].s == "d" {
		return -1, 0 // « mari et moi… », « compagne de route »
	}
	return i, i
}

// round18tSms spells out « AE », the short form of auto-entrepreneur in
// telegraphic messages (« AE depuis 3 ans / 38 », « livreur, AE, 24
// ans »): the micro-entrepreneur regime (code de la sécurité sociale
// L613-7), cep-domain.md §1.3 row 8. « ae » is no French word.
var round18tSms = map[string]string{"ae": "auto entrepreneur"}
