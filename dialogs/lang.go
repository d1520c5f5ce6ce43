package dialogs

import (
	"slices"
	"sync"

	"github.com/cep-accueil/cepbot/dialogs/texts"
)

// lang is a language's catalogue with the option lists built from it once.
type lang struct {
	*texts.Catalog
	gen                                                                                                            uint64 // texts.Generation() when built: the durations it promises
	statusOptions, statusOtherOptions, handicapOptions, cadreOptions, projectOptions, recapOptions, confirmOptions []option
	consentOptions, contactOptions, videoWayOptions                                                                []option
}

var langs sync.Map // texts.Lang → *lang

// langOf returns the dialogue's texts in a language (French by default).
func langOf(l texts.Lang) *lang {
	if l == "" {
		l = texts.French
	}
	if x, ok := langs.Load(l); ok && x.(*lang).gen == texts.Generation() {
		return x.(*lang)
	}
	gen := texts.Generation()
	x := newLang(texts.For(l))
	x.gen = gen
	langs.Store(l, x)
	return x
}

func newLang(c *texts.Catalog) *lang {
	x := &lang{Catalog: c}
	x.statusOptions = []option{
		{Value: "demandeur_emploi", Label: c.StatusJobSeeker, Words: []string{"chomage", "chomeur", "demandeur d emploi", "sans emploi", "je cherche"}},
		{Value: "salarie_prive", Label: c.StatusEmployee, Words: []string{"salarie", "salariee", "salarie du prive", "cdi", "cdd", "interim"}},
		{Value: "agent_public", Label: c.StatusPublic, Words: []string{"fonctionnaire", "agent public", "contractuel", "fonction publique"}},
		{Value: "independant", Label: c.StatusSelf, Words: []string{"independant", "independante", "artisan", "liberal", "auto entrepreneur", "micro entrepreneur", "freelance"}},
		{Value: "etudiant", Label: c.StatusStudent, Words: []string{"etudiant", "etudiante", "eleve", "lyceen", "lyceenne"}},
	}
	x.statusOtherOptions = append(append([]option(nil), x.statusOptions...),
		option{Value: "autre", Label: c.StatusOther, Words: []string{"autre", "autre situation", "aucune", "aucun", "other", "none"}})
	x.handicapOptions = []option{
		{Value: "non", Label: c.No, Words: noWords},
		{Value: "oui", Label: c.Yes, Words: append([]string{"rqth", "handicap", "invalidite"}, yesWords...)},
		{Value: "passer", Label: c.Skip, Words: withUnsure("passer", "je prefere ne pas repondre", "ne pas repondre", "pas de reponse", "sans reponse")},
	}
	x.cadreOptions = []option{
		// A diploma below bac+3, or a job that is not cadre, is « non »;
		// so is « je ne sais pas »: an unknown cadre status reads as no
		// for the route (SPEC §3), and a cadre knows it.
		{Value: "non", Label: c.No, Words: append([]string{"non cadre", "pas cadre", "bac pro", "bac general", "bac techno", "niveau bac",
			"le bac", "j ai le bac", "bac 2", "bac+2", "bac 1", "bac+1", "bts", "dut", "but", "cap", "bep", "brevet", "sans diplome", "aucun diplome",
			"pas de diplome", "technicien", "technicienne", "ouvrier", "ouvriere", "employe", "employee", "agent de maitrise"}, append(append(neitherWords, unsureWords...), noWords...)...)},
		{Value: "cadre", Label: c.CadreYes, Words: []string{"cadre", "oui cadre", "je suis cadre", "oui", "ouais"}},
		{Value: "bac3", Label: c.Graduate, Words: []string{"bac 3", "bac+3", "licence", "master", "diplome", "bac 4", "bac+4", "bac 5", "bac+5",
			"bac 8", "bac+8", "doctorat", "ingenieur", "ingenieure", "ecole de commerce", "degree", "bachelor"}},
	}
	x.projectOptions = []option{
		{Value: "reconversion", Label: c.ProjectChange, Words: []string{"reconversion", "changer de metier"}},
		{Value: "formation", Label: c.ProjectTrain, Words: []string{"formation", "me former"}},
		{Value: "reprise_activite", Label: c.ProjectJob, Words: []string{"emploi", "travail", "trouver un emploi"}},
		{Value: "mobilite", Label: c.ProjectEvolve, Words: []string{"evoluer", "mobilite", "promotion"}},
		{Value: "creation_activite", Label: c.ProjectCreate, Words: []string{"creer", "creation", "entreprise"}},
		{Value: "vae", Label: c.ProjectVAE, Words: []string{"vae"}},
		{Value: "bilan", Label: c.ProjectAssess, Words: []string{"bilan"}},
		{Value: "autre", Label: c.ProjectUnsure, Words: withUnsure("autre")},
	}
	x.recapOptions = []option{
		{Value: "ok", Label: c.RecapOK, Words: append([]string{"rendez vous", "prendre rendez vous", "rdv", "continuer", "on continue", "la suite", "suivant"}, yesWords...)},
		{Value: "fix", Label: c.RecapFix, Words: append([]string{"corriger", "modifier", "changer", "erreur"}, noWords...)},
	}
	x.confirmOptions = []option{
		{Value: "oui", Label: c.ConfirmYes, Words: yesWords},
		{Value: "autre", Label: c.ConfirmOther, Words: []string{"autre", "autre creneau", "changer", "non"},
			// « je préfère un autre créneau », « c'est possible plus
			// tôt ? » (persona pe2)
			Within: []string{"autre creneau", "autres creneaux", "autre horaire", "autre heure", "autre jour", "autre date",
				"plus tot", "changer de creneau", "changer l heure", "changer d horaire", "another time", "earlier"}},
	}
	// Asked on every reception (the consent, the contact), built once
	// rather than at each of the two calls of a turn.
	x.consentOptions = []option{
		{Value: "oui", Label: c.ConsentYes, Words: yesWords},
		{Value: "non", Label: c.ConsentNo, Words: noWords},
		{Value: "plus", Label: c.ConsentDetail, Words: []string{"plus", "en savoir plus", "details", "pourquoi", "info"}},
	}
	x.contactOptions = []option{
		{Value: "chat", Label: c.ContactChat, Words: contactChatWords},
		{Value: "tel", Label: c.ContactPhone, Words: contactPhoneWords},
		{Value: "mail", Label: c.ContactMail, Words: contactMailWords},
	}
	x.videoWayOptions = []option{
		{Value: "mail", Label: c.VideoWayMail, Words: []string{"email", "e mail", "mail", "courriel", "by e mail"}},
		{Value: "tel", Label: c.VideoWayPhone, Words: []string{"sms", "telephone", "tel", "portable", "text", "text message"}},
	}
	// These slices are shared by every turn in the language: clipped, so
	// that a question adding an option (ask's offer of an advisor) copies
	// them instead of writing past their end, which two turns would do at
	// once.
	for _, o := range []*[]option{&x.statusOptions, &x.statusOtherOptions, &x.handicapOptions, &x.cadreOptions, &x.projectOptions,
		&x.recapOptions, &x.confirmOptions, &x.consentOptions, &x.contactOptions, &x.videoWayOptions} {
		*o = slices.Clip(*o)
	}
	return x
}
