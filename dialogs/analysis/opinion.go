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
// The thresholds were chosen on the grouped 5-fold cross-validation of
// TestOpinionVeto (CEPBOT_OPINION_CV=1) only, as the rule that removes the
// most wrong statuses while losing at most one right status per wrong one
// removed: on the 10 174 training messages it turns 4 of the rules' 97 wrong
// statuses into questions and 2 of their 8 936 right ones.
const (
	vetoP       = 0.01
	vetoMaxConf = 86
)

// Doubt reason of evidence.doubt when the veto fired.
const doubtOpinion = "avis statistique contraire"

// veto applies the statistical veto to f (text is the message).
func (a *analyser) veto(f *Facts, text string) {
	if f.Status == "" || f.Why.Status.Conf > vetoMaxConf {
		return
	}
	o := opinion.Predict(text)
	p := o.P(f.Status)
	if f.Status != "independant" && (f.Status == "artisan" || f.Status == "auto_entrepreneur" || f.Status == "profession_liberale") {
		p += o.P("independant") // the general label of a self-employed kind not said
	}
	if p >= vetoP {
		return
	}
	a.ev.doubt = doubtOpinion
	f.Status, f.Branch = "", ""
	f.Doubts &^= DoubtBranch
	f.Doubts |= DoubtStatus
	f.Why.Status = Origin{How: HowOpinion}
	f.Why.Branch = Origin{}
}
