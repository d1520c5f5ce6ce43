package analysis

import "github.com/cep-accueil/cepbot/dialogs/analysis/opinion"

// The statistical veto of issue 13: package opinion, a logistic regression
// trained on the labelled messages, reads the text independently of the
// rules. When the rules found a status with a confidence of at most
// vetoMaxConf and the model gives that status a probability under vetoP,
// the status is left unknown (DoubtStatus, Why.Status = HowOpinion): the
// dialogue asks the status question instead of guessing. The veto never sets
// a status the rules did not find.
//
// The embedded model.bin was trained on tuning3–85 and the older held-out
// sets (19 259 messages, 30 November 2026): on heldout20+21 it asked, at the
// thresholds below, 12 of the rules' 32 wrong statuses and none of their
// 563 right ones (before round 20J, which asks the students with a private
// job: then 29 wrong, 563 right, the same knee). Running the trainer now also reads tuning86–87; that
// model asked 13 wrongs and 1 right there, and no longer asked « vendangeuse
// 34 ans Beaune » (a bare job title the older sets call an employee's), so
// it was not kept: retrain when more sets come, and read the threshold
// table again. Retrained again with tuning86–112 (23 032 messages, same
// options, 1.21 MB), it was not kept either: on heldout20+21 (errs.py,
// 660 messages) status wrong 9 → 10, unknown 76 → 75 at p < 0.20 (it no
// longer asks « jsuis a porto vecchio serveur saison finie 23 ans »), and
// TestRound21GJobSeekers and TestRound21LStudentsWhoSeek fail; its
// threshold table's knee moves to p < 0.25 (confidence ≤ 86: 12 of the
// rules' 22 wrongs asked and 2 of 571 rights, against 10 and 2 at 0.20;
// errs.py 8 wrong, 76 unknown), but there the
// grouped cross-validation loses 417 rights instead of 322 for 157
// wrongs caught instead of 143, and « vendangeuse 34 ans Beaune »,
// « matelot sur un bateau de pêche », « voyageur représentant placier »
// and the prison nurse of TestHeldInPrisonIsNotStaff are asked.
//
// The model is trained on every labelled set except the held-out sets
// numbered 20 and above (opinion.Forbidden). The probability threshold was
// chosen on heldout20 and heldout21 (660 messages the model never saw,
// written after the rules by authors who never read them), as the knee of
// wrongs removed against rights lost. With the model trained on 18 599
// messages (tuning74–83 added; word 3-grams, negation / person / tense
// scopes, weaker L2, 20 epochs), at p < 0.20 for a status the rules found
// with a confidence of at most 86, 12 of the rules' 33 wrong statuses
// become questions and none of their 562 right ones (p < 0.15: 10 and 0;
// p < 0.30: 13 and 4, past the knee). The confidence cap keeps the rules'
// plainest readings out of the veto (95: « je suis au chômage », « je suis
// maintenant salariée »): without it, p < 0.20 asks 17 wrongs and 2 rights
// of those sets, but a long story of past jobs outweighs its one sentence
// of the present (« je suis au chômage depuis 6 mois » before forty
// sentences about the logistics job, TestStoredConversationWithQuestionsUnder2KiB)
// and « j'étais infirmière libérale, je suis maintenant salariée » is asked.
// The cap was first chosen on the grouped cross-validation of TestOpinionVeto
// (CEPBOT_OPINION_CV=1), where the rules, tuned on those very sets, are
// seldom wrong. heldout22 and later sets measure it.
const (
	vetoP       = 0.20
	vetoMaxConf = 86
	// vetoNull: above vetoMaxConf, the status is asked only when the
	// model's most likely reading, with at least this probability, is that
	// the message does not let one tell (the null label). On heldout20+21
	// it asks 1 more of the 33 wrong statuses and none of the 562 right
	// ones (0.30: 2 and none); on the fresh tuning sets 74–83 most plain
	// readings the rules got wrong were two activities at once (« agente
	// d'entretien titulaire à l'hôpital, à mi-temps, et micro-entrepreneuse
	// dans le repassage »).
	vetoNull = 0.5
)

// Doubt reason of evidence.doubt when the veto fired.
const doubtOpinion = "avis statistique contraire"

// vetoSpared reports a status the veto leaves alone: a reading the model
// could not learn or that its cost outweighed on the labelled sets.
func (a *analyser) vetoSpared(f *Facts) bool {
	return a.ev.namedR20k || // round 20K: an employer named as such
		a.seekerWordR21g(f) || // round 21G: a job seeker's own word
		a.explicitStatusR21j(f) || // round 21J: a pupil, « en auto-entreprise », « je suis notaire »
		a.creoleStatusR21o(f) || // round 21O: a status word after the Creole copula
		a.shortTimeWorkR21r(f) || // round 21R: short-time work, a job held while searching
		a.farContractEndR22e(f) || // round 22E: a contract's end read months ahead of today
		a.foreignStatusR21w(f) || // round 21W: a status said in Spanish, Portuguese, Italian, Turkish or after an English « I »
		a.chamberStaffR22a(f) || // round 22A: staff of a chambre d'agriculture or de métiers
		a.schemeStatusR22c(f) || // round 22C: a status read from a scheme word (congé de reclassement, CSP, E2C, CDDI)
		a.spareR22b(f) || // round 22B: a platform worker, work through one's own SASU, « assimilé salarié »
		a.foreignStatusR22d(f) || // round 22D: a status said in Darija, Romanian, Polish, Ukrainian or Russian words
		a.privateBodyR22z(f) || // round 22Z: SEMOP, SA HLM, ESH named as the employer
		a.staffMemberP25b(f) || // p25b: « un de mes vendeurs », « l'un de nos collaborateurs »
		a.courseNamedR24a(f) || // round 24A: a course followed now (« en licence de socio », « je prépare un DUT »)
		a.gretaStaffW1(f) // w1: the staff of a GRETA (its trainees are the job seekers the model learnt)
}

// veto applies the statistical veto to f (text is the message).
func (a *analyser) veto(f *Facts, text string) {
	if f.Status == "" || a.vetoSpared(f) {
		return
	}
	o := opinion.Predict(text)
	if f.Why.Status.Conf > vetoMaxConf {
		// A plain reading is kept unless the model's best reading is that
		// the message does not tell (two activities at once, a wish, a
		// past job only): vetoNull.
		if best, p := o.Best(); best != "" || p < vetoNull {
			return
		}
	} else {
		p := o.P(f.Status)
		if f.Status != "independant" && (f.Status == "artisan" || f.Status == "auto_entrepreneur" || f.Status == "profession_liberale") {
			p += o.P("independant") // the general label of a self-employed kind not said
		}
		if p >= vetoP {
			return
		}
	}
	a.ev.doubt = doubtOpinion
	f.Status, f.Branch = "", ""
	f.Doubts &^= DoubtBranch
	f.Doubts |= DoubtStatus
	f.Why.Status = Origin{How: HowOpinion}
	f.Why.Branch = Origin{}
}
