package analysis

// Round 18S of issue 13 (tuning70: eight new voices — a retiree writing
// for a neighbour, a union delegate about colleagues, a social worker,
// farm workers, night-shift carers, teenagers on a phone, managers in
// franglais, writers mixing French with other languages). Each pattern
// widens a reading of an earlier round and names its source.

// round18sSpecs are the patterns of round 18S.
var round18sSpecs = []patSpec{
	// « aucun n'est cadre », « personne n'est cadre chez nous », « aucun
	// de nous n'est cadre »: the classification denied for everyone the
	// writer speaks of (cep-domain.md §1.3 rows 6 and 8: non-cadres go to
	// the regional operator), where lexicon.go would read the bare
	// « cadre »
	{p: "aucun|aucune|personne|nul n|ne est|sont|etait cadre|cadres", k: kCadre, v: "0"},
	{p: "aucun|aucune|personne|nul n|ne est|sont|etait cadre|cadres", k: kNone},
	{p: "aucun|aucune d|de entre? nous|eux|elles|vous n|ne est|sont|etait cadre|cadres", k: kCadre, v: "0"},
	{p: "aucun|aucune d|de entre? nous|eux|elles|vous n|ne est|sont|etait cadre|cadres", k: kNone},
	// « diplômé d'une école d'ingé », « sorti d'école d'ingé »: the
	// engineering school of lexicon.go (« école d'ingénieur ») in its
	// spoken short form; the title of ingénieur diplômé is a bac+5
	// (code de l'éducation L642-1 s.; cep-domain.md §1.3 row 6)
	{p: "ecole|ecoles d inge|inges|ingenieurs", k: kDiplome, v: "1"},
	// « déclaré inapte classe 1 », « inapte au vol »: the aeromedical
	// certificate of a licence (règlement (UE) n° 1178/2011, annexe IV
	// Part-MED, classes 1 and 2) withdrawn, not the médecin du travail's
	// inaptitude to the post (code du travail L4624-4) that round 13A
	// reads as a contract ending — the employer must still seek a
	// reclassement (L1226-2), as round 16B's « inapte aux opérations »
	{p: "declare|declaree|declares|ete inapte classe|pnt|pnc", k: kNone},
	{p: "declare|declaree|declares|ete inapte au|a|aux vol|vols|pilotage|plongee|navigation|embarquement", k: kNone},
	// « fin de contrat jeune majeur »: the support of the aide sociale à
	// l'enfance for a young adult (code de l'action sociale et des
	// familles L222-5), no contract of employment ended (cep-domain.md §4:
	// a job seeker is one whose job ended)
	{p: "fin|fins de|du contrat|contrats jeune|jeunes majeur|majeurs", k: kNone},
	{p: "contrat|contrats jeune|jeunes majeur|majeurs", k: kNone},
	// « changement de statut en cours à la préfecture », « rendez-vous à
	// la préfecture pour mon titre de séjour »: the préfecture as the
	// office of a residence procedure (CESEDA L431-1), not the employer
	// (cep-domain.md §1.3 row 1 needs a public employer)
	{p: "cours|rdv|dossier|demande|recepisse|convocation|depot|depose|deposee|convoque|convoquee a|aupres|de la|l sous? prefecture", k: kNone},
	{p: "rendez vous a|aupres|de la|l sous? prefecture", k: kNone},
	// « changement de statut étudiant → salarié », « titre étudiant vers
	// salarié »: the change of residence permit of a foreign graduate
	// (CESEDA L422-10 s.), a procedure, no contract held
	{p: "changement|changer|change de statut|titre|titres de? sejour? etudiant|etudiante a|en|vers? salarie|salariee|travailleur|travailleuse", k: kNone},
	{p: "titre|titres de? sejour? etudiant|etudiante a|en|vers? salarie|salariee|travailleur|travailleuse", k: kNone},
	// « mandataire social non salarié », « gérant non salarié »: a company
	// officer outside the salaried employment (code de la sécurité sociale
	// L311-3 11° and 12° assimilate only some officers; the others are
	// travailleurs indépendants, L611-1), an indépendant (cep-domain.md §1.3
	// row 8)
	{p: "mandataire|mandataires|gerant|gerante|dirigeant|dirigeante|president|presidente social|sociale? non salarie|salariee|salaries", k: kStatus, v: "independant", w: 5},
}

// round18sFarmSpecs are the farmers of round 18S, told by their
// production or their company (an exploitant agricole, code rural
// L311-1, L722-4: a non-salarié of the MSA; cep-domain.md §1.3 row 8),
// as round 7's « exploitant agricole » and lexicon.go's « viticulteur »;
// the farm's employees (« ouvrier viticole », « salarié du GAEC ») are
// read by the earlier rounds.
var round18sFarmSpecs = []patSpec{
	// « exploitant céréalier », « exploitante laitière »
	{p: "exploitant|exploitante|exploitants cerealier|cerealiere|cerealiers|laitier|laitiere|laitiers|bovin|ovin|caprin|porcin|avicole|arboricole|horticole|maraicher|maraichere|vinicole", k: kStatus, v: "independant", w: 5},
	// « vigneron coopérateur », « vigneronne à Chablis »: lexicon.go's
	// « viticulteur »; an « ouvrier vigneron » is an employee
	{p: "vigneron|vigneronne|vignerons|vigneronnes|cerealier|cerealiere|arboriculteur|arboricultrice|apiculteur|apicultrice|horticulteur|horticultrice|ostreiculteur|ostreicultrice|mytiliculteur|pisciculteur", k: kStatus, v: "independant", w: 4},
	{p: "ouvrier|ouvriere|ouvriers|salarie|salariee|employe|employee|tacheron|tacheronne vigneron|vigneronne|vignerons|cerealier|apiculteur|apicultrice|horticulteur|arboriculteur|ostreiculteur", k: kNone},
	// « planteur de canne », « planteuse de vanille »: the farmer of
	// the overseas crops
	{p: "planteur|planteuse|planteurs de|d canne|cannes|vanille|cafe|banane|bananes|ananas|tabac", k: kStatus, v: "independant", w: 5},
	// « associée de GAEC », « associé d'une EARL », « en GAEC avec mon
	// frère »: the partners of a farming company are its chefs
	// d'exploitation (code rural L323-1 s., L324-1; L722-4)
	{p: "associe|associee|associes|associees de|d|du un? gaec|earl|scea", k: kStatus, v: "independant", w: 5},
	{p: "associe|associee|associes|associees d une gaec|earl|scea", k: kStatus, v: "independant", w: 5},
	{p: "en|notre|mon gaec|earl avec", k: kStatus, v: "independant", w: 4},
	// « il faut que je trouve un travail », « il faudrait que je
	// retrouve du boulot »: lexicon.go's « je dois trouver un emploi » in
	// the subjunctive, a person wanting to (re)enter work (cep-domain.md
	// §4; §1.3 row 7)
	{p: "faut|faudrait|fallait que je|j trouve|retrouve un|une|du " + work, k: kStatus, v: "demandeur_emploi", w: 3, event: true},
}

// prefectureProcedure reports the préfecture named as the office of a
// residence procedure (« changement de statut en cours à la préfecture »,
// « rendez-vous à la préfecture », « dossier déposé à la sous-préfecture »):
// the State's office for titres de séjour (CESEDA L431-1), not the
// writer's employer (cep-domain.md §1.3 row 1 needs a public employer); the
// kNone patterns of round18sSpecs hide its status word likewise.
func (a *analyser) prefectureProcedure(h hit) bool {
	t := a.toks
	if s := t[h.start].s; s != "prefecture" && s != "prefectures" && s != "sous" {
		return false
	}
	c := t[h.start].clause
	for j := h.start - 1; j >= 0 && j >= h.start-5 && t[j].clause == c; j-- {
		if prefectureProcedureCues[t[j].s] {
			return true
		}
	}
	return false
}

// prefectureProcedureCues are the words of a residence procedure.
var prefectureProcedureCues = map[string]bool{"cours": true, "rdv": true, "rendez": true, "dossier": true, "demande": true,
	"recepisse": true, "convocation": true, "convoque": true, "convoquee": true, "depot": true, "depose": true, "deposee": true,
	"sejour": true, "naturalisation": true}
