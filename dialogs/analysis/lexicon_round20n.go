package analysis

// Round 20N of issue 13 — family: the status of people in work in the
// private sector and of the self-employed, said in the usual forms the
// rounds before had not all read. Found by a systematic gap search (a
// scratch set of about 180 messages written for the family, every form,
// negation and past), not by a hunt in the labelled sets. Each entry names
// why it says the status of cep-domain.md §1.3 row 8 (or its convention):
//
//   - « à mon propre compte », « je suis mon propre patron »: the emphatic
//     forms of « à mon compte » and « patron de mon … » (lexicon.go, weight
//     5), the same statement of working for oneself.
//   - « travailleur non salarié » (TNS): the name the social security code
//     gives the self-employed (code de la sécurité sociale, art. L611-1 and
//     L613-1, « travailleurs indépendants » / « non salariés »); round 18S
//     read it after gérant / président only.
//   - « président(e) d'une SAS / de ma SASU »: the labelled sets call the
//     président of his own SAS(U) independant (« je suis président de ma
//     SASU » ×3, tuning sets), as « gérant de ma SARL »: he holds a mandate,
//     not a contrat de travail (code de commerce, art. L227-6), and row 8
//     covers him either way. Only with « SAS » or « SASU » named: the
//     président of an association or of a jury is no one's employer.
//   - « chef d'exploitation agricole »: the MSA's name of the farmer
//     himself, a non-salarié agricole (code rural, art. L722-4 and L731-23);
//     « agricole » or « viticole » must follow, since a « chef
//     d'exploitation » in transport or logistics is an employee's title.
//   - « je dirige ma petite entreprise »: the owner-manager, said with the
//     possessive only (« je dirige une équipe / une agence » is an
//     employee's work).
//   - « pharmacien(ne) titulaire »: the holder of an officine, owner of it
//     (code de la santé publique, art. L5125-17), a profession libérale;
//     « titulaire » alone is a fonctionnaire's word (lexicon.go, weight 4)
//     and made the owner of a pharmacy a public agent; weight 6, the
//     precise status, so that the « titulaire » inside it (4) is no rival.
//     The plural « titulaires » is left out: a new word of the patterns is
//     no longer corrected as a typo, and « titulaires » alone is read as
//     the fonctionnaire's « titulaire » (« jardiniers à la ville,
//     titulaires »). A hospital pharmacist is a « praticien hospitalier » (CSP, art. R6152-1), not a
//     « pharmacien titulaire ».
//
// Tried and dropped: « j'ai une micro » (the feminine « micro » is the
// micro-entreprise cut short) and the English « I run my own business »:
// the rules read them, but the statistical veto (opinion.go, vetoNull) asks
// them again, so they changed no answer; a rule that changes nothing is
// not kept.
var round20nSpecs = []patSpec{
	{p: "a|au mon|son|ton|notre propre compte", k: kStatus, v: "independant", w: 5},
	{p: "suis|es|est|etre|sommes mon|ma|son|sa|notre propre patron|patronne|chef|cheffe|boss", k: kStatus, v: "independant", w: 5},
	{p: "travailleur|travailleuse|travailleurs|travailleuses non salarie|salariee|salaries|salariees", k: kStatus, v: "independant", w: 5},
	{p: "president|presidente de|d ma|mon|une|notre|la|sa sas|sasu", k: kStatus, v: "independant", w: 5},
	{p: "chef|cheffe|cheffes|chefs d exploitation agricole|agricoles|viticole|viticoles", k: kStatus, v: "independant", w: 5},
	{p: "dirige|dirigeons ma|mon|notre petite|propre? entreprise|societe|boite|pme|affaire|commerce", k: kStatus, v: "independant", w: 5},
	{p: "pharmacien|pharmacienne|pharmaciens|pharmaciennes titulaire", k: kStatus, v: "profession_liberale", w: 6},
	// … but « pharmacien titulaire à l'hôpital / au CHU »: the tenure of a
	// hospital post, whose sector the employer settles as before
	{p: "pharmacien|pharmacienne|pharmaciens|pharmaciennes titulaire a|au|dans|de|du l|le|un|une? hopital|chu|ch|chr|centre|hopitaux|fonction|armee|armees", k: kNone},
}
