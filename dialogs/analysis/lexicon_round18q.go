package analysis

// Round 18Q of issue 13 (tuning68: eight new voices — an elderly writer
// spelling by ear, a job coach or an HR manager writing of someone, French
// learners, youth slang, angry writers, form-like lists, family stories).
// Each pattern widens a reading of an earlier round to the spellings,
// telegraphic grammar and third persons of these voices, and names its
// source.

// round18qSpecs are the patterns of round 18Q.
var round18qSpecs = []patSpec{
	// « il a perdu son travaille », « elle a perdu sont boulo »: the loss
	// of work of lexicon.go (« perdu mon travail ») spelt by ear; a job
	// seeker (cep-domain.md §4: licencié, au chômage)
	{p: "perdu|perdre|perdue mon|ma|son|sa|sont travaille|travaile|travai|boulo|boulo|emplois", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	// « il travail plus depui l'accident », « elle bosse plus depuis
	// mars »: lexicon.go's « je bosse plus depuis » in the third person and
	// spelt by ear (the verb written as the noun, « depui »)
	{p: "il|elle|on|je|j travail|travaille|bosse|taffe plus depuis|depui", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	{p: "je|j travail plus depuis|depui|du tout", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	// « viré de mon CDD au bout de deux semaines », « renvoyé de son
	// apprentissage »: the dismissal of lexicon.go (« je me suis fait
	// virer ») told by the participle and the contract left (code du
	// travail L1231-1, L6222-18; cep-domain.md §1.3 row 7); « viré du
	// foyer » names no job and is not read
	{p: "vire|viree|vires|virees|renvoye|renvoyee|renvoyes|renvoyees|lourde|lourdee de|d mon|ma|son|sa|leur cdd|cdi|contrat|job|taf|taff|boulot|poste|travail|emploi|apprentissage|alternance|interim|mission", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	// « je démissionne à la fin du mois »: a resignation announced for the
	// end of the month, an end of contract within weeks (cep-domain.md
	// §1.3 conventions), as « j'ai démissionné » (lexicon.go)
	{p: "demissionne|demissionnes|demissionnerai|demissionnera|demissionnons a|en la? fin du|de ce? mois|semaine", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	{p: "demissionne|demissionnes|demissionnerai|demissionnera|demissionnons fin du|de ce? mois|semaine", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	// « rupture conventionnelle effective à la fin du mois », « rupture
	// conventionnelle homologuée »: a rupture agreed and dated, the end of
	// the contract (code du travail L1237-11, L1237-14; cep-domain.md §1.3
	// row 7), where the bare noun of lexicon.go is only a weak hint
	{p: "rupture|ruptures conventionnelle|conventionelle|conv effective|homologuee|validee|actee", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	// « maintenant fini, usine fermée », « l'entreprise fermée depuis
	// mars »: round 13A's « l'usine a fermé » told by the participle alone
	// (licenciement économique, code du travail L1233-3); the feminine
	// participle cannot be the present « ferme » (« le magasin ferme en
	// décembre » is a closing to come, the contract still runs)
	{p: "l|la|le|notre|leur? " + closingWork + " fermee|fermees", k: kStatus, v: "demandeur_emploi", w: 4, event: true},
	// « fonct. territ. », « fonct. hosp. »: the abbreviations of a form
	// for « fonctionnaire territorial(e), hospitalier(ère) » (CGFP L4;
	// cep-domain.md §1.3 row 1)
	{p: "fonct|fonctionnaire|fonctio territ|terr|hosp|hospit", k: kStatus, v: "agent_public", w: 5},
	// « CDD privé en cours », « salarié privé (magasinier) »: the private
	// sector said in a list (cep-domain.md §1.3 row 8)
	{p: "cdd|cdi|contrat prive|privee", k: kStatus, v: "salarie_prive", w: 5},
	{p: "salarie|salariee|salaries|salariees prive|privee|du prive", k: kStatus, v: "salarie_prive", w: 5},
	// « elle tient une petite librairie », « il tient son bar depuis
	// 2010 »: the owner who runs a shop now (« il tenait un garage » is
	// former, a business given up) (a commerçant, code de commerce
	// L121-1; cep-domain.md §1.3 row 8 « commerçant »); « tenir la caisse,
	// le bar » is a task of the staff and is not read
	{p: "tient|tiens|tenons|tiennent un|une|son|sa|mon|ma|notre|leur petit|petite? " + bizObj + "|librairie|pharmacie|boulangerie|fleuriste|tabac|pressing|creperie|brasserie|hotel|camping|gite|gites", k: kStatus, v: "independant", w: 5},
}

// round18qWishSpecs are the patterns of round 18Q for a job sought,
// told without articles or spelt by ear.
var round18qWishSpecs = []patSpec{
	// « chercher travail », « je cherche travail de comptable »,
	// « jcherche un taf »: lexicon.go's « je cherche un emploi » without
	// the article a learner drops and with the SMS « j » glued to the verb
	// (cep-domain.md §4: people wanting to (re)enter work)
	{p: "cherche|chercher|recherche|rechercher|cherchons|cherchent|jcherche|jrecherche " + work, k: kStatus, v: "demandeur_emploi", w: 3, event: true},
	{p: "jcherche|jrecherche du|un|une|d|de|des " + work, k: kStatus, v: "demandeur_emploi", w: 3, event: true},
	{p: "cherche|chercher|recherche|jcherche n importe quel|quelle|quoi", k: kStatus, v: "demandeur_emploi", w: 3, event: true},
	// « aucun boulot depuis mon BTS »: no work since a date, round 17I's
	// « plus aucun emploi » without « plus »
	{p: "aucun|aucune emploi|boulot|job|taf|travail|contrat|mission depuis", k: kStatus, v: "demandeur_emploi", w: 4, event: true},
	// « je voudrai retravaillé », « il voudré trouvé du travaille »: the
	// infinitive of lexicon.go's « retravailler », « retrouver un emploi »
	// spelt as the participle, read only after a wish (« j'ai trouvé du
	// travail » is work found)
	{p: "voudrai|voudrais|voudrait|voudre|veux|veut|veu|aimerai|aimerais|aimerait|souhaite|souhaiterait retravaille", k: kStatus, v: "demandeur_emploi", w: 3, event: true},
	{p: "voudrai|voudrais|voudrait|voudre|veux|veut|veu|aimerai|aimerais|aimerait|souhaite|souhaiterait trouve|retrouve du|un|une|le " + work + "|travaille|patron|employeur", k: kStatus, v: "demandeur_emploi", w: 3, event: true},
	// « j'ai ma entreprise de nettoyage », « il a sa société de
	// transport »: a business owned and named by its trade (an
	// entrepreneur, cep-domain.md §1.3 row 8), as round 7's « gérant de ma
	// société »
	{p: "j|je|il|elle ai|a ma|mon|sa|son propre? entreprise|societe|boite de|d", k: kStatus, v: "independant", w: 5},
}
