package analysis

// Round 22Z of issue 13 — family: local public bodies and the companies
// around them, where the sector of the employer is not obvious (CCAS/CIAS,
// EHPAD publics, SDIS and volunteer firemen, régies, syndicats de communes
// and syndicats mixtes, EPCI, offices de tourisme, SEM/SPL/SEMOP, GIP,
// CROUS, EFS, ONF, VNF, ARS, caisses des écoles, associative retirement
// homes and centres sociaux, the staff of missions locales, Cap emploi and
// France Services). Found by a gap search (scratch set tuning130, 112
// messages written for the family before the analyser ran on them, a third
// of them near-misses). Rounds 13B (SEM, SPL, EPIC), 20K (public bodies
// named by their own name), 21F and 22A already cover most of the family;
// the gaps closed here:
//
//   - Syndicats de communes (SIVU, SIVOM: CGCT art. L5212-1, établissements
//     publics de coopération intercommunale) and syndicats mixtes (CGCT
//     art. L5711-1 and L5721-1, établissements publics): public employers of
//     the territoriale, read like « CCAS », « CIAS », « SDIS » in employers.go
//     (weight 4, an institution: a syndicat mixte running an industrial and
//     commercial service may also employ private-law staff, so an occupation
//     or a contract said beside it still decides). « syndicat » alone (a
//     trade union, a syndicat de copropriété) and « syndicat professionnel »
//     are untouched.
//   - The SEMOP (société d'économie mixte à opération unique, CGCT
//     art. L1541-1): a société anonyme like the SEM and the SPL of round 13B,
//     whose staff are private-law employees (cep-domain.md row 8).
//   - The entreprises sociales pour l'habitat (« SA HLM », « ESH »): sociétés
//     anonymes d'HLM (code de la construction et de l'habitation,
//     art. L422-2), private employers; the offices publics de l'habitat stay
//     ambiguous (employers.go: fonctionnaires territoriaux and private-law
//     staff side by side since the ordonnance n° 2007-137).
//   - The groupements d'intérêt public (loi n° 2011-525, art. 98 s.; décret
//     n° 2013-292): their staff are public-law or private-law as the
//     convention constitutive decides, so « salarié d'un GIP » says nothing
//     of the status: the employer is ambiguous (weight 5, as strong as the
//     « salarié » beside it) and the status is asked.
//   - « résidence étudiante », « restaurant étudiant », « logement
//     étudiant », « cité étudiante »: the place, not the person (the CROUS
//     staff of round 20K who « work in a résidence étudiante » were read as
//     students). A student who lives there still says so with another word
//     or is asked.
//
// Left as they are (the sets or the law split, so the dialogue asks): ARS
// staff (code de la santé publique art. L1432-9: fonctionnaires,
// contractuels de droit public and employees under the social-security
// collective agreements), EFS staff (private-law agreement and public-law
// staff, CSP art. L1222-7), VNF and ONF named without occupation (mixed
// staff), offices de tourisme without legal form, régies of industrial and
// commercial services (RTM), staff of France Services (the host decides),
// « service … de la métropole » (the word is also a place), the end of a
// contract said with a month (« se termine en juin »: a dates matter, not
// this family).
var round22zEmployerSpecs = []employerSpec{
	{p: "syndicat|syndicats mixte|mixtes|intercommunal|intercommunaux|intercommunale|intercommunales; sivom|sivu|sivos", sector: sectorPublic, branch: BranchTerritoriale, w: 4},
	{p: "syndicat|syndicats de communes", sector: sectorPublic, branch: BranchTerritoriale, w: 4},
	{p: "une|la|cette|notre|d semop; societe|societes d economie mixte a operation unique", sector: sectorPrivate, w: 5},
	{p: "sa d? hlm; une|l|d esh; entreprise|entreprises sociale|sociales pour l habitat", sector: sectorPrivate, w: 5},
	{p: "gip; groupement|groupements d interet public", sector: sectorAmbiguous, w: 5},
}

var round22zSpecs = []patSpec{
	// « groupement d'intérêt public », « association reconnue d'utilité
	// publique » (loi du 1er juillet 1901, art. 10): the adjective is not the
	// employer's sector (lexicon.go reads « public » alone at weight 3).
	{p: "interet|utilite public|publique", k: kNone},
	{p: "residence|residences|restaurant|restaurants|logement|logements|cite|cites etudiant|etudiante|etudiants|etudiantes", k: kNone},
}

// notHeldR22z reports the « salarié » of « salarié d'un GIP » (a few words
// after it, same clause): the status of a GIP's staff is set by its
// convention (décret n° 2013-292), so the word does not settle it and the
// dialogue asks.
func (a *analyser) notHeldR22z(h hit) bool {
	if h.p.v != "salarie_prive" {
		return false
	}
	switch a.toks[h.start].s {
	case "salarie", "salariee", "salaries", "salariees":
	default:
		return false
	}
	c := a.toks[h.start].clause
	for i := h.end; i < len(a.toks) && i <= h.end+3 && a.toks[i].clause == c; i++ {
		switch a.toks[i].s {
		case "gip":
			return true
		case "groupement", "groupements":
			return i+3 < len(a.toks) && a.toks[i+2].s == "interet" && a.toks[i+3].s == "public"
		}
	}
	return false
}

// privateBodyR22z reports a private-law status settled by a company named by
// its legal form in this round (« SEMOP », « SA HLM », « ESH »): like the
// bodies of round 20K (namedEmployerR20k), the statistical veto does not ask
// it again, the model having never met these words.
func (a *analyser) privateBodyR22z(f *Facts) bool {
	ev := &a.ev
	if f.Status != "salarie_prive" || ev.family != famEmployer || ev.privW < 5 || ev.privW <= ev.pubW {
		return false
	}
	t := a.toks
	for i := range t {
		switch t[i].s {
		case "semop", "esh":
			return true
		case "hlm":
			if i > 0 && (t[i-1].s == "sa" || t[i-1].s == "d" && i > 1 && t[i-2].s == "sa") {
				return true
			}
		}
	}
	return false
}
