package analysis

// Round 20K of issue 13 — family: public employers and public job titles
// missing from the sector lexicons, found by a systematic pass over the
// branches of cep-domain.md §1.5 (État, Éducation nationale, territoriale,
// hospitalière, armées) and over the private-law staff of public bodies of
// row 8, not by a hunt in the labelled sets. Each entry names the text that
// settles the law of its staff.
//
// Weights follow employers.go: 5 for an employer named as such whose staff
// are public-law agents (or private-law employees) by a text, 4 for an
// institution. The State's named bodies below were at 4 in employers.go
// (« CNRS », « INSERM », « DREETS », « Météo-France ») and read as agents
// publics by the rules, but at that weight the statistical veto (opinion.go,
// confidence ≤ 86) could ask again wherever the model had never met the
// acronym: an employer named by its own name is as plain as « conseil
// départemental » (5).
//
// Left out: the Office national des forêts, an EPIC whose staff are
// fonctionnaires of the State and ouvriers forestiers under private law
// (code forestier, art. L122-1 s.; loi n° 2020-1525 ASAP, art. 33, lets it
// recruit private-law contractuels): the name settles nothing, and the
// occupation or the contract said beside it decides, as before. The
// occupations of both sectors named without employer (bothSectors) stay
// asked.

// round20kEmployerSpecs are the employers and public titles of round 20K.
var round20kEmployerSpecs = []employerSpec{
	// Fonction publique de l'État (CGFP art. L2).
	// Établissements publics à caractère scientifique et technologique:
	// code de la recherche, art. L311-1 and L321-1; their researchers and
	// engineers are fonctionnaires (décret n° 83-1260). (The CEA, an EPIC
	// with private-law staff, is not one of them.)
	{p: "cnrs|inserm|inrae|ird|ined", sector: sectorPublic, branch: BranchEtat, w: 5},
	// Météo-France, an établissement public administratif (décret
	// n° 93-861); the IGN, one too (décret n° 2011-1371); the INSEE, a
	// direction of the ministry of the economy (loi n° 46-854, art. 32)
	{p: "meteo france; ign; insee", sector: sectorPublic, branch: BranchEtat, w: 5},
	// Services déconcentrés of the State: directions départementales
	// interministérielles (décret n° 2009-1484), DREETS and DDETS (décret
	// n° 2020-1545), DREAL, DRAAF, DRAC, the DGFiP's directions (décret
	// n° 2008-310).
	{p: "dreal|ddt|ddtm|dreets|ddets|ddetspp|ddpp|draaf|drac|dsden|drfip|ddfip|dgfip", sector: sectorPublic, branch: BranchEtat, w: 5},
	{p: "direction|directions departementale|departementales|interministerielle|interministerielles", sector: sectorPublic, branch: BranchEtat, w: 5},
	// The CROUS, établissements publics administratifs of the State (code de
	// l'éducation, art. L822-1 and R822-1): their restaurants universitaires
	// are theirs, which settles « restaurant » (a private word at 3).
	{p: "crous|cnous", sector: sectorPublic, branch: BranchEtat, w: 5},
	{p: "restaurant|restaurants|resto universitaire|universitaires", sector: sectorPublic, branch: BranchEtat, w: 4},
	// The Office français de la biodiversité, an établissement public
	// administratif of the State (code de l'environnement, art. L131-8).
	{p: "ofb; office francais de la biodiversite", sector: sectorPublic, branch: BranchEtat, w: 5},
	// National museums: services à compétence nationale or établissements
	// publics administratifs of the ministry of culture (code du patrimoine,
	// art. L441-1 s.; décret n° 92-1338 for the Louvre).
	{p: "musee|musees national|nationaux", sector: sectorPublic, branch: BranchEtat, w: 4},

	// Éducation nationale: the personnels de direction (décret n° 2001-1174:
	// proviseurs of lycées, principals of collèges and their adjoints) and
	// the conseillers principaux d'éducation (décret n° 70-738).
	{p: "proviseur|proviseure|proviseurs|proviseures", sector: sectorPublic, branch: BranchEducation, w: 5, person: true},
	{p: "principal|principale|principaux de|du college|colleges; principal|principale adjoint|adjointe de|du college|colleges; principal|principale adjoint|adjointe", sector: sectorPublic, branch: BranchEducation, w: 5, person: true},
	{p: "conseiller|conseillere|conseillers|conseilleres principal|principale|principaux d education", sector: sectorPublic, branch: BranchEducation, w: 5, person: true},

	// Fonction publique territoriale: the éducateurs territoriaux des
	// activités physiques et sportives (cadre d'emplois, décret
	// n° 2011-605).
	{p: "etaps; educateur|educatrice|educateurs|educatrices des activites physiques et sportives", sector: sectorPublic, branch: BranchTerritoriale, w: 5, person: true},

	// Fonction publique hospitalière (CGFP art. L5): the établissements
	// publics de santé mentale and the centres hospitaliers spécialisés
	// (code de la santé publique, art. L6141-1, L3221-1); the AP-HP (art.
	// L6147-1), the Hospices civils de Lyon and the AP-HM, centres
	// hospitaliers universitaires (art. L6141-2): named, they are public.
	{p: "chs|epsm; centre|centres hospitalier|hospitaliers specialise|specialises; etablissement public de sante mentale", sector: sectorPublic, branch: BranchHospitaliere, w: 5},
	{p: "aphp|aphm|hcl; ap hp|hm; hospices civils; assistance publique", sector: sectorPublic, branch: BranchHospitaliere, w: 5},

	// Private-law staff of public bodies (cep-domain.md §1.3 row 8): the
	// caisses of the general social security scheme are private-law bodies
	// whose staff fall under the convention collective of the UCANSS (code
	// de la sécurité sociale, art. L215-1 for the Carsat, L224-5 for the
	// UCANSS). Not the « CNAM »: the Caisse nationale d'assurance maladie
	// or the Conservatoire national des arts et métiers, a public
	// établissement of higher education (code de l'éducation, art. L717-1).
	{p: "carsat|cnav|cnaf|cgss", sector: sectorPrivate, w: 5},
}

// namedEmployerR20k reports a status settled by an employer named as such
// (weight 5 of the sector lexicons: « au CNRS », « conseil départemental »,
// « à la Carsat »). The statistical veto (opinion.go) does not ask such a
// status again: the model reads words it has met in the labelled sets and
// knows nothing of an acronym they never used (« OFB », « DREETS »), while
// the lexicon entry names the text that settles the law of that
// employer's staff. Before, the confidence was that of the occupation or
// verb the employer settled (« chargée de mission » 2, « je travaille » 3),
// under the veto's cap.
func (a *analyser) namedEmployerR20k(best string) {
	ev := &a.ev
	ev.namedR20k = ev.family == famEmployer &&
		(best == "agent_public" && ev.pubNamedR20k && ev.pubW >= 5 && ev.pubW > ev.privW ||
			best == "salarie_prive" && ev.privNamedR20k && ev.privW >= 5 && ev.privW > ev.pubW)
}

// namedBodiesR20k are the first words of the bodies of
// round20kEmployerSpecs named by their own name; the veto's exemption
// (namedEmployerR20k) is for them only: the kinds of employers of weight 5
// that the model has met (« conseil départemental », « entreprise ») keep
// the veto as it was measured.
// namedBodyR20k reports whether the employer found at token i is one of
// them; « office » only as « Office français (de la biodiversité) »: an
// « office de tourisme » or an « office public de l'habitat » is no body
// named by its own name.
func (a *analyser) namedBodyR20k(i int) bool {
	t := a.toks
	if t[i].s == "office" {
		return i+1 < len(t) && t[i+1].s == "francais"
	}
	return namedBodiesR20k[t[i].s]
}

var namedBodiesR20k = map[string]bool{
	"cnrs": true, "inserm": true, "inrae": true, "ird": true, "ined": true,
	"meteo": true, "ign": true, "insee": true,
	"dreal": true, "ddt": true, "ddtm": true, "dreets": true, "ddets": true, "ddetspp": true, "ddpp": true,
	"draaf": true, "drac": true, "dsden": true, "drfip": true, "ddfip": true, "dgfip": true,
	"crous": true, "cnous": true, "ofb": true,
	"aphp": true, "aphm": true, "hcl": true, "ap": true, "hospices": true, "assistance": true,
	"carsat": true, "cnav": true, "cnaf": true, "cgss": true,
}
