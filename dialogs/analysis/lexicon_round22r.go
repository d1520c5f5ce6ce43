package analysis

// Round 22R of issue 13 — family: visitors from the overseas départements
// and collectivities (Guadeloupe, Martinique, Guyane, La Réunion, Mayotte,
// and the COMs outside the 18 regions, cep-domain.md §3): local communes
// with their prepositions (« au Robert », « au Tampon », « à Mamoudzou »),
// « retour de l'Hexagone », « je suis en métropole mais originaire de… »,
// local employers (CHU de Guadeloupe, CTM, CTG, Département de Mayotte,
// Pôle emploi Réunion), contrats aidés and emplois verts, and the young
// volunteers of the régiment du service militaire adapté (RSMA). Found by a
// scratch set of 111 messages written before the analyser ran on it
// (tuning126). The analyser already read nearly all of it (status wrong 2,
// unknown 3; operator wrong 1, unknown 2); two gaps are closed here.
//
//   - A volunteer of the RSMA now (« je suis volontaire au RSMA », « volontè
//     RSMA », « volontaire stagiaire du RSMA »): the service militaire adapté
//     (code de la défense L4132-12, the volunteers' contract) is a scheme of
//     socio-professional insertion of young people of the outre-mer, a
//     training scheme under a volunteer's contract, neither
//     a public post of row 1 nor a job search of row 7 — like the service
//     civique (code du service national L120-1, lexicon.go), it is no status
//     of the table, and the readable sets label it so (« mwen sé manm RSMA,
//     volontè, 20 lanné »: status null). A wish of a job « après » no longer
//     makes the volunteer a job seeker: the status is asked; at 16–25 row 4
//     (mission locale) routes anyway. Kept: the RSMA's cadres and sergeants
//     (« sergent RSMA », « encadrant au RSMA »: agents publics), a volunteer
//     who has left (« sorti du RSMA », « j'ai été volontaire au RSMA »: the
//     past clause is not read, what follows tells the situation now).
//
//   - The Réunion Creole « mi sort l'armée » / « moin la sorti l'armée » (R.
//     Armand, Dictionnaire kréol rénioné / français, 1987: « sort » takes its
//     place complement without « de »): « je sors de l'armée », read as round
//     9C reads the French (no soldier now), so that « mi rod travay » after
//     it makes a job seeker. Kept: « an sort » and bare « sort » (French
//     « il sort l'armée de… » is rare but possible), only the Creole subject
//     pronouns of round 21O open it.
//
// Left as before: a workplace town (« ATSEM à la mairie du Tampon », « au
// CHU de Guadeloupe ») is not taken for the home (place_work.go: the
// département is asked), and the homonyms of overseas communes (« Saint-Paul »,
// « Saint-Louis », « Saint-Benoît », « Sainte-Anne », « Lamentin ») are asked
// unless the island or a postal code is named (place_work.go dominant()). A
// disponibilité of a fonctionnaire working in an association and an army
// « volontaire » of Guyane (EVAT or RSMA?) split: left as they were.
var round22rSpecs = []patSpec{
	{p: "volontaire|volontaires|volonte au|du|a rsma", k: kStatus, v: "-", w: 6},
	{p: "volontaire|volontaires|volonte rsma", k: kStatus, v: "-", w: 6},
	{p: "volontaire|volontaires|volonte stagiaire|stagiaires|technicien|techniciens au|du|a rsma", k: kStatus, v: "-", w: 6},
	{p: "mi|moin|mwen|man sort|sorte|sorti l|la armee|gendarmerie|marine|legion", k: kNone},
	{p: "moin|mwen|man la sorti l|la armee|gendarmerie|marine|legion", k: kNone},
}
