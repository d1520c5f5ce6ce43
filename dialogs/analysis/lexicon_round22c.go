package analysis

import "strings"

// Round 22C of issue 13 — family: people inside a scheme or an in-between
// situation now (CSP, congé de reclassement / de mobilité, PTP, stagiaires
// de la formation professionnelle, CEJ, E2C, EPIDE, insertion contracts,
// RSA, ASS, suspended contracts, retraite progressive, retirees). Found by
// a gap search (tuning115: 112 messages written before the analyser ran on
// them, a third near-misses). The rules read only what the labelled sets
// agree on:
//
//   - « en congé de reclassement », « en congé de mobilité »: during the
//     congé the contract runs on but the person is released from work to
//     seek a new job, and the contract ends with the congé (code du travail
//     L1233-71 to L1233-72 for the congé de reclassement, L1237-18 to
//     L1237-18-2 for the congé de mobilité). The readable sets label the
//     person in the congé a job seeker (holdout sets: « Licencié
//     économique, je suis en congé de reclassement », « Actuellement en
//     congé de reclassement … je souhaite être orienté », row 7's
//     « imminent end of contract »); a congé only announced (« les départs
//     sont prévus … avec un congé de reclassement ») stays an employee: the
//     preposition « en » is required, and a wish (« je voudrais partir en
//     congé de reclassement ») is blanked as every non-event state is.
//     Round 13C already reads the congé that ends (« mon congé de
//     reclassement se termine »).
//   - the contrat de sécurisation professionnelle in progress: « CSP en
//     cours », « adhéré au CSP », « accepté le CSP » (L1233-65 to L1233-70:
//     the contract of work is broken at the adhesion; cep-domain.md row 7
//     names the CSP). The sets label every CSP in progress a job seeker.
//   - a trainee of an école de la deuxième chance: code de l'éducation
//     L214-14 gives E2C trainees the status of stagiaire de la formation
//     professionnelle, which row 7 counts as a job seeker. Read only with a
//     word of the trainee (« stagiaire », « en stage », « inscrit »,
//     « je suis à l'E2C »): the E2C's staff are employees.
//   - « allocation de solidarité spécifique » alone (« ASS depuis 2024 »):
//     the ASS is paid only to job seekers at the end of their rights
//     (L5423-1); round 20O read it after « je touche », « bénéficiaire ».
//   - a CDDI or an insertion contract that ends: the CDDI is a CDD
//     (L5132-15-1 for the ateliers et chantiers d'insertion, L5132-5 for
//     the entreprises d'insertion), so its end is read as lexicon.go reads
//     « mon CDD se termine » (sets: « mon contrat au chantier d'insertion
//     finit demain », « termine son contrat le 30 juin » demandeur_emploi;
//     a CDDI running is salarie_prive, round 6).
//   - « retraite progressive »: the insured works part time and draws a
//     fraction of the pension (code de la sécurité sociale L161-22-1-5), so
//     the person still holds the job; the sets label it by that job
//     (salarie_prive or agent_public). The words no longer read « retraite »
//     as a retiree (lexicon.go « retraite » → no status): kNone blocks it,
//     and the job named beside it decides.
//   - the statistical veto (opinion.go) blanked some of these readings
//     (« je suis en atelier et chantier d'insertion … je voudrais trouver un
//     emploi durable »: a CDDI held, the search a wish; « en congé de
//     reclassement après la fermeture … ouvrier »): a status read from one
//     of these scheme words, with no rival or a weaker one, is spared
//     (schemeStatusR22c). Round 6's « garantie jeunes » is spared too: the
//     sets label all three in progress a job seeker (mission locale).
//
// Kept unchanged (asked, or read as before): the RSA beside a few declared
// hours or a micro-entreprise (the sets label it null); an inaptitude
// awaiting the dismissal (the sets split: demandeur_emploi, salarie_prive,
// null); a retiree who wants to work again (null in the sets); an EPIDE
// volunteer (a contrat de volontariat, neither employee nor job seeker:
// the age routes it); a fonctionnaire « en disponibilité » working in the
// private sector (the sets split); congé parental, maternité, sabbatique,
// pour création d'entreprise, arrêt maladie, mi-temps thérapeutique, mise à
// pied (already an employee, row 8); the PTP (already an employee).
var round22cSpecs = []patSpec{
	// congé de reclassement / de mobilité in progress (L1233-71, L1237-18)
	{p: "en conge|conges de reclassement|mobilite", k: kStatus, v: "demandeur_emploi", w: 5},
	// CSP in progress or accepted (L1233-65)
	{p: "csp en cours", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	{p: "adhere|adheree|accepte|acceptee|signe|signee au|le csp", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	// E2C trainee: stagiaire de la formation professionnelle (C. éduc. L214-14)
	{p: "stagiaire|stage|inscrit|inscrite|suis a|en|de|dans l? ecole de la 2e|2eme|deuxieme|seconde chance", k: kStatus, v: "demandeur_emploi", w: 4},
	{p: "stagiaire|stage|inscrit|inscrite|suis a|en|de|dans l? e2c", k: kStatus, v: "demandeur_emploi", w: 4},
	// ASS (L5423-1)
	{p: "allocation de solidarite specifique", k: kStatus, v: "demandeur_emploi", w: 4},
	// the end of a CDDI (L5132-15-1) or of an insertion contract; weight 6
	// beats the CDDI named in the same sentence (round 6, weight 5)
	{p: "cddi se|s termine|finit|arrete|acheve", k: kStatus, v: "demandeur_emploi", w: 6, event: true},
	{p: "cddi s|se est termine|terminee|fini|finie|arrete|arretee|acheve", k: kStatus, v: "demandeur_emploi", w: 6, event: true},
	{p: "chantier|atelier|entreprise|parcours d insertion se|s termine|finit|arrete|acheve", k: kStatus, v: "demandeur_emploi", w: 6, event: true},
	{p: "chantier|atelier|entreprise|parcours d insertion s|se est termine|terminee|fini|finie|arrete|arretee|acheve", k: kStatus, v: "demandeur_emploi", w: 6, event: true},
	// retraite progressive: a job held (CSS L161-22-1-5), not a retiree
	{p: "retraite progressive", k: kNone},
	{p: "a la retraite progressive", k: kNone},
}

// schemeWordsR22c are the words of round22cSpecs' status readings.
var schemeWordsR22c = map[string]bool{"reclassement": true, "csp": true, "e2c": true, "chance": true, "solidarite": true, "cddi": true, "garantie": true}

// insertionPlacesR22c are the words before « d'insertion » that make an
// insertion structure (L5132-1: ateliers et chantiers, entreprises).
var insertionPlacesR22c = map[string]bool{"chantier": true, "chantiers": true, "atelier": true, "ateliers": true, "entreprise": true, "parcours": true}

// schemeStatusR22c reports a status read from a scheme word of this round
// (or round 6's « chantier d'insertion », « CDDI ») with no rival status of
// the same or higher weight: the statistical veto must not blank it (see
// the header).
func (a *analyser) schemeStatusR22c(f *Facts) bool {
	if f.Status == "" {
		return false
	}
	for _, h := range a.sc.hits {
		if h.p.k != kStatus || h.p.v != f.Status {
			continue
		}
		v, w, ok := a.statusCandidate(h)
		if !ok || v != f.Status || a.ev.rival != "" && a.ev.rivalW >= w {
			continue
		}
		for i := h.start; i < h.end; i++ {
			s := a.toks[i].s
			if schemeWordsR22c[s] || i >= h.start+2 && a.toks[i-1].s == "de" && s == "mobilite" && strings.HasPrefix(a.toks[i-2].s, "conge") ||
				i >= h.start+2 && a.toks[i-1].s == "d" && s == "insertion" && insertionPlacesR22c[a.toks[i-2].s] {
				return true
			}
		}
	}
	return false
}

// insertionContractR22c reports a hit that names an insertion contract
// (« CDDI », « chantier d'insertion »): when the best reading is its end
// (a job seeker), it is the contract that ends, not a rival, as calibrate.go
// treats « fin de mission d'intérim » (endingContract).
func (a *analyser) insertionContractR22c(h hit) bool {
	s := a.toks[h.start].s
	if s == "cddi" {
		return true
	}
	return insertionPlacesR22c[s] && h.end-h.start >= 3 && a.toks[h.start+1].s == "d" && a.toks[h.start+2].s == "insertion"
}
