package analysis

// Round 18Y of issue 13 (status unknowns of tuning68, 70, 71 and 73):
// private employers named by their kind in managers' franglais, the
// unemployed told in Portuguese or Spanish, and « au chômage depuis
// mars » closing a career told as a timeline.

// round18ySpecs are the patterns of round 18Y.
var round18ySpecs = []patSpec{
	// « KAM chez un pure player », « cadre sup dans un Big Four »,
	// « manager chez un opérateur télécom », « dans un labo pharma »: a
	// private employer named by its kind, read as lexicon.go's « dans une
	// entreprise, chez une banque » (companies under private law: code du
	// travail L1211-1; cep-domain.md §1.3 row 6). « opérateur » and
	// « laboratoire » alone are left out: a public operator or a research
	// laboratory may be public.
	{p: "dans|chez|pour un|une|l|le|les pure|pures player|players", k: kStatus, v: "salarie_prive", w: 3},
	{p: "dans|chez|pour un|une|l|le|les big four|4", k: kStatus, v: "salarie_prive", w: 3},
	{p: "dans|chez|pour un|une|l|le|les operateur|operateurs telecom|telecoms|telephonique|mobile", k: kStatus, v: "salarie_prive", w: 3},
	{p: "dans|chez|pour un|une|l|le|les operateur|operateurs de|des telecom|telecoms|telecommunications|telephonie", k: kStatus, v: "salarie_prive", w: 3},
	{p: "dans|chez|pour un|une|l|le|les labo|labos|laboratoire|laboratoires pharma|pharmaceutique|pharmaceutiques", k: kStatus, v: "salarie_prive", w: 3},
	// « chômage depuis mars », « au chômage depuis sept. » closing a
	// career told as dated steps (« interim 19-21, cdi 2022, démission
	// 2024, chômage depuis sept. »): « depuis » with a month sets the
	// unemployment in the present, the steps before it are over
	// (cep-domain.md §1.3: the situation at the time of the request
	// routes; row 7, a job seeker)
	{p: "chomage depuis janvier|janv|fevrier|fevr|fev|mars|avril|avr|mai|juin|juillet|juil|aout|septembre|sept|octobre|oct|novembre|nov|decembre|dec", k: kStatus, v: "demandeur_emploi", w: 5},
	// (« chômage sans alloc depuis sept. »: without benefits, still out of work)
	{p: "chomage sans alloc|allocs|allocation|allocations|indemnite|indemnites|indemnisation|are|droits|droit depuis janvier|janv|fevrier|fevr|fev|mars|avril|avr|mai|juin|juillet|juil|aout|septembre|sept|octobre|oct|novembre|nov|decembre|dec", k: kStatus, v: "demandeur_emploi", w: 5},
	// (« busco trabajo de camarera », « procuro um emprego de
	// temporeiro »: a job sought, not held; round18yJobSms's words inside
	// it are not read)
	{p: "busco|buscando|procuro|procurando|quiero|quero|necesito|preciso un|una|um|uma? trabajo|trabalho|emprego|empleo|puesto de|como serveur|serveuse|serveurs|serveuses|saisonnier|saisonniere|saisonniers|saisonnieres", k: kNone},
}

// round18ySms are the Portuguese and Spanish words for « chômeur,
// chômeuse » written by visitors who mix them with French (« sou
// desempregada há 6 meses », « estoy desempleado »): read as the French
// status word (cep-domain.md §1.3 row 7). « parado », also « stopped »,
// is left out.
var round18ySms = map[string]string{
	"desempregado": "chomeur", "desempregada": "chomeuse", "desempregados": "chomeurs", "desempregadas": "chomeuses",
	"desempleado": "chomeur", "desempleada": "chomeuse", "desempleados": "chomeurs", "desempleadas": "chomeuses",
}

// round18yJobSms are Spanish and Portuguese words of a wage job written
// in a French request (« trabajo de camarera en Biarritz », « trabalho
// como aide à domicile numa associação »): read as their French words,
// which lexicon.go already reads (a waitress or a seasonal worker is a
// wage job of the private sector, an association an employer under
// private law: cep-domain.md §1.3 row 6). « trabajo » itself is left
// out: « trabajo en el ayuntamiento » names a public employer, « busco
// trabajo » a job sought.
var round18yJobSms = map[string]string{
	"camarera": "serveuse", "camarero": "serveur", "camareras": "serveuses", "camareros": "serveurs",
	"temporero": "saisonnier", "temporera": "saisonniere", "temporeros": "saisonniers", "temporeras": "saisonnieres",
	"numa": "dans une", "associacao": "association", "asociacion": "association",
}
