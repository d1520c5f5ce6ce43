package analysis_test

import "testing"

// TestRound23aInactiveInvalidity checks round 23A (lexicon_round23a.go says
// why) on sentences of its own: an invalidity pension with « je ne
// travaille plus » and no word of seeking or resuming work is asked, a
// wish for a training or a VAE being no search; the same pension with a
// search, a wish to work again, a job seeker's word or a job lost keeps
// the job seeker, and so do a stay at home, an RQTH alone, a relative's
// invalidity and a stop with no invalidity.
func TestRound23aInactiveInvalidity(t *testing.T) {
	checkTracedStatus(t, []statusCase{
		// asked: inactive, nothing of a search
		{"Je suis en invalidité catégorie 2, je ne travaille plus depuis 2020. 50 ans, Laval.", ""},
		{"pension d'invalidité cat 1, jbosse plus depuis 2 ans, 55a, vesoul, c quoi un cep ?", ""},
		{"En invalidité depuis mon AVC, je ne travaille plus, 58 ans, Sens. Je voudrais faire une formation.", ""},
		{"Mon père, 60 ans, est en invalidité et ne travaille plus depuis son accident. Il vit à Niort.", ""},
		{"J'ai arrêté de travailler il y a trois ans, je suis en invalidité, 52 ans, Agen. Une formation en ligne, c'est possible ?", ""},
		// kept: a search, a wish to work again, a job seeker's word, a job lost
		{"Je suis en invalidité catégorie 1, je ne travaille plus et je cherche un mi-temps, 50 ans, Laval.", "demandeur_emploi"},
		{"Je suis en invalidité catégorie 2 et je ne travaille plus, je voudrais retravailler un peu, 50 ans, Nancy.", "demandeur_emploi"},
		{"invalidité cat 2, je ne travaille plus depuis 2022, je voudrais retrouver un petit boulot, 54 ans, Agde", "demandeur_emploi"},
		{"Pension d'invalidité, je ne travaille plus, je suis au RSA, 48 ans, Lens.", "demandeur_emploi"},
		{"Pension d'invalidité, je ne travaille plus depuis mon licenciement en mars, 51 ans.", "demandeur_emploi"},
		{"En invalidité cat 1, je ne travaille plus, je voudrais un emploi adapté, 49 ans, Caen.", "demandeur_emploi"},
		// kept: no invalidity of the person's own
		{"J'ai la RQTH depuis 2020, je ne travaille plus, 58 ans, Colmar.", "demandeur_emploi"},
		{"Je suis reconnue travailleur handicapé et je ne travaille plus depuis mon accident, 51 ans, Épinal.", "demandeur_emploi"},
		{"Mon mari est en invalidité ; moi je ne travaille plus depuis mon licenciement, 50 ans.", "demandeur_emploi"},
		{"Je ne travaille plus depuis 8 mois, l'usine a fermé. 45 ans, Montbéliard.", "demandeur_emploi"},
		{"Je suis au foyer depuis 9 ans et je veux retravailler, 41 ans, Agen.", "demandeur_emploi"},
		// other statuses untouched
		{"Je suis en invalidité catégorie 1 et je travaille à mi-temps en CDI comme vendeuse, 48 ans.", "salarie_prive"},
		{"Retraité pour invalidité de la fonction publique territoriale, je ne travaille plus, 58 ans.", ""},
	})
}
