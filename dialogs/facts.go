package dialogs

import (
	"strconv"

	"github.com/cep-accueil/cepbot/bot"
	"github.com/cep-accueil/cepbot/dialogs/analysis"
)

// Session variables. Short keys keep a stored conversation well under 2 KiB.
const (
	varConsent   = "ok"   // consent time (RFC 3339)
	varRequest   = "req"  // the visitor's own description, capped
	varStatus    = "st"   //
	varCadre     = "cad"  // "1" / "0"
	varGraduate  = "jd"   // "1" / "0"
	varAge       = "age"  //
	varHandicap  = "hc"   // "1" / "0"
	varShare     = "hcs"  // "1" when the visitor agrees to share the disability
	varDep       = "dep"  //
	varRegion    = "reg"  //
	varCommune   = "com"  //
	varOutside   = "out"  // "1" when the place is outside the 18 regions
	varCands     = "cand" // homonym communes, "|"-separated
	varProject   = "prj"  //
	varAsked     = "ask"  // letters of optional questions already asked
	varCorrect   = "corr" // "1" while correcting one field from the recap
	varOperator  = "op"   // chosen operator kind
	varAgency    = "ag"   //
	varModality  = "mod"  //
	varOffers    = "sl"   // offered slots
	varPick      = "pick" // chosen slot
	varContact   = "ct"   // "chat", a phone number or an e-mail
	varDetail    = "ctk"  // "tel" or "mail" while asking the detail
	varMoving    = "mv"   // "1" when moving an existing booking
	varResume    = "ret"  // state to resume after 24 h
	varSource    = "src"  // /start payload
	varPrevAdvsr = "padv" // referent of the previous booking
	varBooking   = "bref" // the visitor's active booking (kept across /start)
	varLang      = "lg"   // the conversation's language (texts.Lang; empty: French)
)

func setBool(s *bot.Session, k string, b *bool) {
	switch {
	case b == nil:
	case *b:
		s.Set(k, "1")
	default:
		s.Set(k, "0")
	}
}

func getBool(s *bot.Session, k string) *bool {
	switch s.Get(k) {
	case "1":
		return new(true)
	case "0":
		return new(false)
	}
	return nil
}

// factsOf reads the analysed situation from the session.
func factsOf(s *bot.Session) analysis.Facts {
	age, _ := strconv.Atoi(s.Get(varAge))
	return analysis.Facts{
		Status: s.Get(varStatus), Cadre: getBool(s, varCadre), JeuneDiplome: getBool(s, varGraduate), Age: age,
		Handicap: getBool(s, varHandicap), Departement: s.Get(varDep), Region: s.Get(varRegion),
		Commune: s.Get(varCommune), Outside: s.Get(varOutside) == "1", Project: s.Get(varProject),
	}
}

// storeFacts writes what is known into the session.
func storeFacts(s *bot.Session, f analysis.Facts) {
	s.Set(varStatus, f.Status)
	setBool(s, varCadre, f.Cadre)
	setBool(s, varGraduate, f.JeuneDiplome)
	if f.Age > 0 {
		s.Set(varAge, strconv.Itoa(f.Age))
	}
	setBool(s, varHandicap, f.Handicap)
	if f.Departement != "" || f.Outside {
		s.Set(varDep, f.Departement)
		s.Set(varRegion, f.Region)
		s.Set(varCommune, f.Commune)
		s.Set(varOutside, map[bool]string{true: "1"}[f.Outside])
	}
	s.Set(varProject, f.Project)
}

func asked(s *bot.Session, letter string) bool {
	for _, c := range s.Get(varAsked) {
		if string(c) == letter {
			return true
		}
	}
	return false
}

func markAsked(s *bot.Session, letter string) {
	if !asked(s, letter) {
		s.Set(varAsked, s.Get(varAsked)+letter)
	}
}
