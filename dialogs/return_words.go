package dialogs

// A writer who no longer works and wants to work again is a job seeker
// (cep-domain.md §1.3 row 7, §4: « people wanting to return to work »),
// registered or not. The analysis leaves « je ne travaille plus » alone
// without a status (retirees, invalidity pensions say it too), and a bare
// « je voudrais reprendre » after it was not read as the wish: the status
// question was asked of someone who had just answered it (persona w2,
// issue 13).

import (
	"github.com/cep-accueil/cepbot/dialogs/analysis"
)

// stoppedWorkCues say work that stopped, of the writer.
var stoppedWorkCues = []string{" je ne travaille plus ", " je travaille plus ", " je ne bosse plus ", " je bosse plus ",
	" j ai arrete de travailler ", " j ai cesse de travailler ", " j ai arrete mon travail ", " j ai arrete mon activite ",
	" j ai cesse mon activite ", " sans activite depuis ", " plus d activite depuis "}

// returnWishCues say the wish to work again.
var returnWishCues = []string{" reprendre ", " retravailler ", " reprise ", " me remettre au travail ", " retrouver un emploi ",
	" retrouver un travail ", " retrouver du travail ", " revenir a l emploi ", " revenir au travail "}

// notReturnCues make « reprendre » something else than work (studies, a
// business), or the stop one that the analysis leaves to the advisor.
var notReturnCues = []string{" reprendre mes etudes ", " reprendre des etudes ", " reprendre les etudes ", " reprise d etudes ",
	" reprendre une entreprise ", " reprendre un commerce ", " reprendre l entreprise ", " reprendre un fonds ",
	" reprendre la ferme ", " reprendre une affaire ", " reprise d entreprise ", " retraite ", " retraitee ",
	" invalidite ", " invalide "}

// returnToWorkInDescription settles as a job seeker the writer who says
// both that they stopped working and that they want to work again, when
// the analysis read no status. The status is read, not asked.
func (t *turn) returnToWorkInDescription() {
	if t.facts().Status != "" || t.r.Situation != "" || t.r.Proxy != "" {
		return
	}
	s := t.paddedNorm()
	if !containsAny(s, stoppedWorkCues) || !containsAny(s, returnWishCues) || containsAny(s, notReturnCues) {
		return
	}
	f := analysis.Facts{Status: "demandeur_emploi"}
	f.Why.Status = analysis.Origin{How: analysis.HowPattern, Conf: 90}
	if p := t.facts().Project; p == "" || p == "autre" {
		f.Project = "reprise_activite"
	}
	t.storeFacts(t.facts().Merge(f))

}

// insertionPathCues say a path of social and professional integration
// followed now, without an employment contract (a contract in a
// structure d'insertion is read by the analysis as a job).
var insertionPathCues = []string{" en parcours d insertion ", " un parcours d insertion ", " mon parcours d insertion ",
	" en suivi d insertion ", " en accompagnement d insertion ", " suivi par le plie ", " au plie ", " en plie "}

// insertionInDescription settles as a job seeker (row 7) the writer whose
// description says an insertion path and no status the analysis reads, as
// the status question does (status_words.go): the status was asked of
// someone who had said it.
//
// Written for a relative, the description is read in the relative's first
// person (« elle est en parcours d'insertion »): the path is theirs.
func (t *turn) insertionInDescription() {
	if t.facts().Status != "" || t.r.Situation != "" {
		return
	}
	if !containsAny(t.paddedNorm(), insertionPathCues) {
		return
	}
	f := analysis.Facts{Status: "demandeur_emploi"}
	f.Why.Status = analysis.Origin{How: analysis.HowPattern, Conf: 90}
	t.storeFacts(t.facts().Merge(f))
}

// seasonWords say seasonal work; seasonOverCues its end (« là c'est
// fini »): between two seasons, a job seeker (row 7), as the status
// question reads « entre deux saisons ».
var (
	seasonWords    = []string{" saisonnier ", " saisonniere ", " saisonniers ", " saison ", " en saison "}
	seasonOverCues = []string{" c est fini ", " c est termine ", " c est terminee ", " c est fini pour ", " plus de contrat ",
		" contrat fini ", " contrat termine ", " contrat est fini ", " contrat est termine ", " fin de contrat ", " finie ", " terminee "}
)

// seasonOverInDescription settles as a job seeker the seasonal worker whose
// description says the season or the contract over, when the analysis read
// no status: the status question was asked of someone who had said it.
func (t *turn) seasonOverInDescription() {
	if t.facts().Status != "" || t.r.Situation != "" || t.r.Proxy != "" {
		return
	}
	s := t.paddedNorm()
	if !containsAny(s, seasonWords) || !containsAny(s, seasonOverCues) || containsAny(s, []string{" pas fini ", " pas finie ", " pas termine ", " pas terminee ", " pas encore ", " jamais "}) {
		return
	}
	f := analysis.Facts{Status: "demandeur_emploi"}
	f.Why.Status = analysis.Origin{How: analysis.HowPattern, Conf: 90}
	t.storeFacts(t.facts().Merge(f))
}
