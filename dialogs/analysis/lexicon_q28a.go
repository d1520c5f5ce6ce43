package analysis

// Persona round q28a (issue 13): the place one wishes to work in, leaving
// an ESAT (« je voudrais aller en milieu ordinaire », « travailler en
// entreprise », « passer en entreprise adaptée »), is a project: a move,
// read « mobilite » as most labelled messages of the readable sets read it
// (43 mobilite, 15 reprise_activite among such messages). It was no
// project at all (« Projet : non précisé »).
//
// These words say where one works as well as where one wants to work
// (« je travaille en entreprise adaptée, 44 ans »): they are a project only
// in a wish (analyser.wished), and on the weakest tier, so that a project
// named besides (« une formation pour aller travailler en entreprise »,
// « un bilan ») wins.

// tierWishedPlace is the project tier of the places wished for, weaker
// than every other tier; project() keeps its hits only in a wish.
const tierWishedPlace int8 = 7

var q28aSpecs = []patSpec{
	{p: "milieu ordinaire", k: kProject, v: "mobilite", w: tierWishedPlace},
	{p: "entreprise|entreprises ordinaire|ordinaires|normale|normales|classique|classiques|adaptee|adaptees", k: kProject, v: "mobilite", w: tierWishedPlace},
	{p: "travailler|travail|emploi|poste|stage en|dans entreprise|entreprises", k: kProject, v: "mobilite", w: tierWishedPlace},
	{p: "rejoindre|integrer une entreprise", k: kProject, v: "mobilite", w: tierWishedPlace},
}
