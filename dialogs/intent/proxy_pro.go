package intent

import "strings"

// Writing for someone who is not a relative (issue 13): a social worker or
// a job coach (« une personne que j'accompagne », « un jeune que je suis »,
// « mon usager »), an HR manager (« une de nos salariées », « un agent de
// mon service »), a teacher (« un de mes élèves »), a guardian (« mon
// protégé », « la personne dont je suis la tutrice »), a nurse (« un
// patient »). The dialogue then speaks of that person as of a relative:
// « votre bénéficiaire, elle », « votre salarié, il », « votre élève ».
// The writer's own words (« je suis conseillère en insertion ») are theirs,
// and words that do not say the message is for someone stay the writer's:
// « je suis salarié d'une association », « j'accompagne des jeunes, je veux
// changer de métier », « je suis élève infirmière », « je suis patient ».

// proNoun is the noun the dialogue says after « votre » for a word of the
// message: the masculine and feminine forms, or one epicene form.
type proNoun struct{ m, f string }

// proNouns maps the folded word (singular or plural) to the noun said.
// A person one accompanies or follows is « votre bénéficiaire »; the
// writer's own word is kept when it reads naturally after « votre ».
var proNouns = map[string]proNoun{
	"personne": {"bénéficiaire", "bénéficiaire"}, "jeune": {"bénéficiaire", "bénéficiaire"},
	"femme": {"bénéficiaire", "bénéficiaire"}, "homme": {"bénéficiaire", "bénéficiaire"},
	"dame": {"bénéficiaire", "bénéficiaire"}, "monsieur": {"bénéficiaire", "bénéficiaire"}, "madame": {"bénéficiaire", "bénéficiaire"},
	"beneficiaire": {"bénéficiaire", "bénéficiaire"}, "beneficiaires": {"bénéficiaire", "bénéficiaire"},
	"demandeur": {"bénéficiaire", "bénéficiaire"}, "demandeuse": {"bénéficiaire", "bénéficiaire"},
	"accompagne": {"bénéficiaire", "bénéficiaire"}, "accompagnee": {"bénéficiaire", "bénéficiaire"},
	"accompagnes": {"bénéficiaire", "bénéficiaire"}, "accompagnees": {"bénéficiaire", "bénéficiaire"},
	"jeunes": {"bénéficiaire", "bénéficiaire"}, "personnes": {"bénéficiaire", "bénéficiaire"},
	"usager": {"usager", "usagère"}, "usagere": {"usager", "usagère"}, "usagers": {"usager", "usagère"}, "usageres": {"usager", "usagère"},
	"stagiaire": {"stagiaire", "stagiaire"}, "stagiaires": {"stagiaire", "stagiaire"},
	"salarie": {"salarié", "salariée"}, "salariee": {"salarié", "salariée"}, "salaries": {"salarié", "salariée"}, "salariees": {"salarié", "salariée"},
	"employe": {"salarié", "salariée"}, "employee": {"salarié", "salariée"}, "employes": {"salarié", "salariée"}, "employees": {"salarié", "salariée"},
	"collaborateur": {"collaborateur", "collaboratrice"}, "collaboratrice": {"collaborateur", "collaboratrice"},
	"collaborateurs": {"collaborateur", "collaboratrice"}, "collaboratrices": {"collaborateur", "collaboratrice"},
	"agent": {"agent", "agente"}, "agente": {"agent", "agente"}, "agents": {"agent", "agente"}, "agentes": {"agent", "agente"},
	"apprenti": {"apprenti", "apprentie"}, "apprentie": {"apprenti", "apprentie"}, "apprentis": {"apprenti", "apprentie"}, "apprenties": {"apprenti", "apprentie"},
	"eleve": {"élève", "élève"}, "eleves": {"élève", "élève"},
	"etudiant": {"étudiant", "étudiante"}, "etudiante": {"étudiant", "étudiante"}, "etudiants": {"étudiant", "étudiante"}, "etudiantes": {"étudiant", "étudiante"},
	"protege": {"protégé", "protégée"}, "protegee": {"protégé", "protégée"}, "proteges": {"protégé", "protégée"}, "protegees": {"protégé", "protégée"},
	"patient": {"patient", "patiente"}, "patiente": {"patient", "patiente"}, "patients": {"patient", "patiente"}, "patientes": {"patient", "patiente"},
	// the rest of the analysis's staff nouns after « un de nos » (round
	// 18R, staffR18r), which read the person's status: « un de mes
	// vendeurs » is « votre vendeur », as « un de mes salariés » is
	// « votre salarié » (persona p25b)
	"vendeurs": {"vendeur", "vendeuse"}, "vendeuses": {"vendeur", "vendeuse"},
	"commerciaux": {"commercial", "commerciale"}, "commerciales": {"commercial", "commerciale"},
	"techniciens": {"technicien", "technicienne"}, "techniciennes": {"technicien", "technicienne"},
	"ouvriers": {"ouvrier", "ouvrière"}, "ouvrieres": {"ouvrier", "ouvrière"},
}

// proFeminineWord: the word itself says a woman (« salariée », « usagère »,
// « madame »); proMasculineWord: a man. Epicene words (« bénéficiaire »,
// « élève », « personne ») are told by the article or a later pronoun.
var proFeminineWord = map[string]bool{"femme": true, "dame": true, "madame": true, "demandeuse": true, "accompagnee": true,
	"accompagnees": true, "usagere": true, "usageres": true, "salariee": true, "salariees": true, "employee": true, "employees": true,
	"collaboratrice": true, "collaboratrices": true, "agente": true, "agentes": true, "apprentie": true, "apprenties": true,
	"etudiante": true, "etudiantes": true, "protegee": true, "protegees": true, "patiente": true, "patientes": true,
	"vendeuses": true, "commerciales": true, "techniciennes": true, "ouvrieres": true}

var proMasculineWord = map[string]bool{"homme": true, "monsieur": true, "demandeur": true, "accompagne": true, "usager": true,
	"salarie": true, "employe": true, "collaborateur": true, "agent": true, "apprenti": true, "etudiant": true, "protege": true, "patient": true}

// proSingular are the nouns after « un », « une », « mon », « ma »…
const proSingular = "personne|jeune|femme|homme|dame|monsieur|madame|beneficiaire|demandeur|demandeuse|usager|usagere|stagiaire|salarie|salariee|employe|employee|collaborateur|collaboratrice|agent|agente|apprenti|apprentie|eleve|etudiant|etudiante|protege|protegee|patient|patiente"

// proPlural are the nouns after « un de mes », « une de nos »…
const proPlural = "jeunes|beneficiaires|usagers|usageres|stagiaires|salaries|salariees|employes|employees|collaborateurs|collaboratrices|agents|agentes|apprentis|apprenties|eleves|etudiants|etudiantes|proteges|protegees|patients|patientes|accompagnes|accompagnees|vendeurs|vendeuses|commerciaux|commerciales|techniciens|techniciennes|ouvriers|ouvrieres"

// proPossessed are the nouns after « mon », « ma », « notre »: the
// possessive says the writer's charge (« mon usager », « notre salariée »;
// not « ma personne », « mon jeune âge »).
const proPossessed = "beneficiaire|usager|usagere|stagiaire|salarie|salariee|employe|employee|collaborateur|collaboratrice|agent|agente|apprenti|apprentie|eleve|etudiant|etudiante|protege|protegee|patient|patiente"

// proFollowed: the writer's relative clause after the noun says they
// follow the person (« une personne que j'accompagne », « un jeune que je
// suis depuis mars », « une bénéficiaire du RSA dont j'assure le suivi »):
// the noun is the first word, the clause within the next five words.
var proFollowedClause = compile(
	"que|qu je|j|nous accompagne|accompagnons|suis|suivons|recois|recevons|aide|aidons|encadre|encadrons|conseille|conseillons|soutiens|soutenons",
	"dont je|j|nous suis|sommes|assure|assurons|ai|avons|m|nous|occupe|occupons la|le|l? suivi|tuteur|tutrice|curateur|curatrice|mandataire|referent|referente|charge|occupe|occupons",
	"que|qu je|j|nous ai|avons en charge|suivi",
	"qui est suivi|suivie|accompagne|accompagnee par moi|nous|notre|mon|ma",
)

// proPhrases name the person with the words that say the writer's charge.
var proPhrases = compile(
	// « un de mes salariés », « l'une de nos bénéficiaires », « une de
	// mes élèves »
	"l? un|une de|d mes|nos "+proPlural,
	// « mon usager », « ma bénéficiaire », « notre salariée »
	"mon|ma|notre "+proPossessed,
	// « un agent de mon service », « une salariée de notre entreprise »
	"un|une "+proSingular+" de|d mon|ma|notre|nos|mes service|equipe|equipes|entreprise|societe|structure|association|collectivite|etablissement|classe|college|lycee|unite|agence|mairie|commune|cabinet|atelier|magasin|boutique|etude|ccas|foyer|centre|ehpad|esat|residence|hopital|clinique|ecole|dispositif|usine|chantier|boite|institut|institution|groupe|administration|direction",
	// « j'écris pour une personne », « je me renseigne pour un jeune de
	// 19 ans », « c'est pour une salariée »
	"je|j me|m|vous? ecris|ecrit|demande|renseigne|contacte|informe|permets pour|pr un|une|le|la|l "+proSingular,
	"c|ce est|sera|serait pour|pr un|une|le|la|l "+proSingular,
	"au|a|pour le|la? compte|place|nom de|d un|une|mon|ma|notre|le|la|l "+proSingular,
	// guardians: « je suis la tutrice de Mme D. », « je suis tuteur d'un
	// jeune majeur », « en tant que curatrice de… »
	"je|j suis|exerce le|la|un|une? tuteur|tutrice|curateur|curatrice|mandataire|mandatee|mandate de|d un|une|mon|ma|monsieur|madame|mme|m|mr|la|le|l",
	"en tant que tuteur|tutrice|curateur|curatrice|mandataire de|d un|une|mon|ma|monsieur|madame|mme|m|mr|la|le|l",
)

// proFollowedNoun are the nouns that name the person when the writer's
// relative clause follows (« la personne que j'accompagne »).
var proFollowedNoun = map[string]bool{"personne": true, "jeune": true, "femme": true, "homme": true, "dame": true, "monsieur": true,
	"madame": true, "beneficiaire": true, "demandeur": true, "demandeuse": true, "usager": true, "usagere": true, "stagiaire": true,
	"salarie": true, "salariee": true, "agent": true, "agente": true, "eleve": true, "etudiant": true, "etudiante": true,
	"patient": true, "patiente": true, "apprenti": true, "apprentie": true}

// proArticle are the articles before a followed noun.
var proArticle = map[string]bool{"un": true, "une": true, "la": true, "le": true, "l": true, "cette": true, "ce": true, "cet": true}

// writerIs: words before the noun that make it the writer (« je suis une
// jeune femme », « je suis un patient », « en tant que salarié »).
var writerIs = map[string]bool{"suis": true, "etais": true, "ete": true, "sommes": true, "reste": true, "devenu": true, "devenue": true,
	"comme": true, "que": true, "tant": true}

// writerWorksFor: « je travaille pour un usager » (an aide at home), « je
// suis employée par une association »: the writer's own job.
var writerWorksFor = map[string]bool{"travaille": true, "travaillais": true, "bosse": true, "employe": true, "employee": true,
	"embauche": true, "embauchee": true, "salarie": true, "salariee": true, "interviens": true, "intervient": true}

// proxyPro reports a message written for a person the writer accompanies,
// employs, teaches, protects or nurses, and how to name them.
func proxyPro(w []string) (Relative, bool) {
	// « un de mes salariés », « mon usager », « j'écris pour un jeune »…
	for _, s := range find(proPhrases, w) {
		if s.start > 0 && writerIs[w[s.start-1]] && w[s.start] != "je" && w[s.start] != "j" {
			continue // « je suis un patient de… », « je suis une jeune femme »
		}
		if worksFor(w, s.start) {
			continue
		}
		if !writesFor[w[s.start]] && ownProject(w) {
			// « ma collaboratrice assure une partie des rendez-vous… je
			// voudrais me reconvertir »: the writer's own change
			continue
		}
		if guardianIn(w[s.start:s.end]) {
			// « je suis la tutrice de Mme D. », « … de mon fils »
			if r, ok := relativeIn(w[s.end-1 : min(s.end+2, len(w))]); ok {
				return r, true
			}
			return proRelative(w, "proteges", proGuardedArticle(w[s.end-1]), s.end), true
		}
		noun, article := proNounIn(w[s.start:s.end])
		if end := followedAt(w, s.end); end > 0 && guardianIn(w[s.end:end]) {
			// « j'écris pour une personne dont je suis la tutrice »
			noun, article = "proteges", guardedArticle(noun, article)
		}
		return proRelative(w, noun, article, s.end), true
	}
	// « une personne que j'accompagne », « la jeune dont je suis la
	// référente », « une bénéficiaire du RSA que je suis »
	for i := 0; i+1 < len(w); i++ {
		if !proArticle[w[i]] || !proFollowedNoun[w[i+1]] {
			continue
		}
		if i > 0 && writerIs[w[i-1]] || worksFor(w, i) {
			continue
		}
		if end := followedAt(w, i+2); end > 0 {
			if guardianIn(w[i+2 : end]) {
				// « la personne dont je suis la tutrice »
				return proRelative(w, "proteges", guardedArticle(w[i+1], w[i]), end), true
			}
			return proRelative(w, w[i+1], w[i], i+2), true
		}
		if (w[i+1] == "patient" || w[i+1] == "patiente") && (i+2 < len(w) && subjectVerbs[w[i+2]] || pronounAfter(w, i+2) != "") {
			// a nurse: « un patient de 50 ans voudrait se reconvertir »,
			// « une patiente, elle… »
			return proRelative(w, w[i+1], w[i], i+2), true
		}
		// « j'accompagne un jeune de 22 ans, il… »: the writer's verb
		// before, and the person the subject of what follows
		if i >= 2 && (w[i-2] == "j" || w[i-2] == "je" || w[i-2] == "nous") && accompanyVerbs[w[i-1]] &&
			(pronounAfter(w, i+2) != "" || wishAfter(w, i+2)) && !ownProject(w) {
			return proRelative(w, w[i+1], w[i], i+2), true
		}
	}
	// « DRH d'une clinique, une de nos infirmières… », « chef de chantier,
	// un de mes compagnons… »: any staff noun after a role of authority
	if r, ok := staffOfAuthority(w); ok {
		return r, true
	}
	return Relative{}, false
}

// authorityRoles are the writer's roles of authority over staff or people
// coached or trained, as the analysis reads them (round 22I,
// dialogs/analysis/lexicon_round22i.go: the employer's power of direction,
// code du travail L1221-1): only then does « un de nos caristes » name the
// person the message is for, where a colleague's « un de nos chauffeurs »
// is said in passing.
var authorityRoles = map[string]bool{"drh": true, "rh": true, "rrh": true, "gerant": true, "gerante": true, "manager": true,
	"manageuse": true, "chef": true, "cheffe": true, "directeur": true, "directrice": true, "responsable": true,
	"patron": true, "patronne": true, "employeur": true, "employeuse": true, "dirige": true, "dirigeons": true, "manage": true,
	"emploie": true, "employons": true, "encadre": true, "president": true, "presidente": true, "coordinateur": true,
	"coordinatrice": true, "dgs": true, "proviseur": true, "proviseure": true, "gestionnaire": true, "superviseur": true,
	"superviseuse": true, "contremaitre": true,
	// those who coach or train people who are not always their staff:
	// the person is « votre bénéficiaire »
	"entraineur": true, "entraineuse": true, "entraineure": true, "coach": true, "tuteur": true, "tutrice": true,
	"formateur": true, "formatrice": true}

var coachRoles = map[string]bool{"entraineur": true, "entraineuse": true, "entraineure": true, "coach": true,
	"tuteur": true, "tutrice": true, "formateur": true, "formatrice": true}

// staffOfAuthority reports « un|une|l'un|l'une de|d' nos|mes <plural
// noun> » after a role of authority of the writer's, when the writer does
// not ask for themself: the person is named « votre salarié(e) », or
// « votre bénéficiaire » after a coach or a trainer.
func staffOfAuthority(w []string) (Relative, bool) {
	role := ""
	for i := 0; i+3 < len(w); i++ {
		if role == "" && (authorityRoles[w[i]] || w[i] == "cadre" && i+2 < len(w) && w[i+1] == "de" && w[i+2] == "sante") {
			role = w[i] // « cadre de santé »: the head of a care unit
		}
		if role == "" {
			continue
		}
		if w[i] != "un" && w[i] != "une" {
			if r, ok := staffNamed(w, i, role); ok {
				return r, !ownProject(w)
			}
			continue
		}
		if r, ok := staffOfPlace(w, i, role); ok {
			return r, !ownProject(w)
		}
		if (w[i+1] != "de" && w[i+1] != "d") || (w[i+2] != "nos" && w[i+2] != "mes") {
			continue
		}
		n := w[i+3]
		if len(n) < 4 || !strings.HasSuffix(n, "s") && !strings.HasSuffix(n, "x") {
			continue
		}
		if _, rel := relatives[n[:len(n)-1]]; (rel || n == "collegues") && n != "compagnons" {
			// « une de mes amies », « un de nos collègues »: no staff; one's
			// « compagnons » are a building trade's skilled workers
			continue
		}
		if ownProject(w) {
			return Relative{}, false
		}
		if pn, ok := proNouns[n]; ok && pn.m != "bénéficiaire" {
			return staffRelative(w, role, n, w[i], i+4), true
		}
		return staffRelative(w, role, "salaries", w[i], i+4), true
	}
	return Relative{}, false
}

// staffRelative names the person of a writer with authority role: « votre
// bénéficiaire » after a coach or a trainer, else noun (« salaries »: « votre
// salarié(e) »).
func staffRelative(w []string, role, noun, article string, after int) Relative {
	if coachRoles[role] {
		noun = "beneficiaires"
	}
	return proRelative(w, noun, article, after)
}

// workplaces are the writer's places after « un agent de mon service », « une
// aide-soignante de mon équipe ».
var workplaces = map[string]bool{}

func init() {
	for _, p := range strings.Split("service|equipe|equipes|entreprise|societe|structure|association|collectivite|etablissement|classe|college|lycee|unite|agence|mairie|commune|cabinet|atelier|magasin|boutique|etude|ccas|foyer|centre|ehpad|esat|residence|hopital|clinique|ecole|dispositif|usine|chantier|boite|institut|institution|groupe|administration|direction", "|") {
		workplaces[p] = true
	}
}

// staffOfPlace reports « un|une <noun> [<noun>] de|d' mon|ma|notre|nos <workplace> »
// at i after the writer's role of authority (« cadre de santé, une
// aide-soignante de mon équipe… », round 22Q of the analysis): any noun, as
// the place says the person works there.
func staffOfPlace(w []string, i int, role string) (Relative, bool) {
	for k := i + 2; k <= i+3 && k+2 < len(w); k++ {
		if (w[k] != "de" && w[k] != "d") || !workplaces[w[k+2]] {
			continue
		}
		switch w[k+1] {
		case "mon", "ma", "notre", "nos":
		default:
			continue
		}
		if _, rel := relatives[w[i+1]]; rel {
			return Relative{}, false
		}
		return staffRelative(w, role, "salaries", w[i], k+3), true
	}
	return Relative{}, false
}

// accompanyVerbs: « j'accompagne un jeune », « nous suivons une femme ».
var accompanyVerbs = map[string]bool{"accompagne": true, "accompagnons": true, "suivons": true, "recois": true,
	"recevons": true, "encadre": true, "encadrons": true, "conseille": true, "conseillons": true, "soutiens": true, "soutenons": true}

// guardians are the words of a legal guardian (tutelle, curatelle).
var guardians = map[string]bool{"tuteur": true, "tutrice": true, "curateur": true, "curatrice": true, "mandataire": true,
	"mandatee": true, "mandate": true}

func guardianIn(w []string) bool {
	for _, x := range w {
		if guardians[x] {
			return true
		}
	}
	return false
}

// proGuardedArticle is the gender of the word after « tutrice de »:
// « de Mme D. » is a woman, « de M. D. » a man.
func proGuardedArticle(x string) string {
	switch x {
	case "une", "madame", "mme", "ma", "la":
		return "une"
	case "un", "monsieur", "m", "mr", "le":
		return "un"
	}
	return ""
}

// guardedArticle is the article that tells the gender of a guardian's
// charge named by noun: « la personne » tells none.
func guardedArticle(noun, article string) string {
	if noun == "personne" || noun == "personnes" {
		return ""
	}
	return article
}

// followedAt is the end of the writer's relative clause within five words
// from i (« que j'accompagne », « dont je suis la tutrice »), or -1.
func followedAt(w []string, i int) int {
	for j := i; j < len(w) && j < i+5; j++ {
		if end := matchClauseAt(w, j); end > j {
			if w[j+2] == "suis" && end < len(w) {
				// « la femme que je suis devenue » is the writer: « que je
				// suis » at the end, or before a time, a place or a comma
				// the fold has dropped (a pronoun, a number, « elle »)
				switch w[end] {
				case "devenu", "devenue", "aujourd", "maintenant", "moi", "et", "vraiment", "pas", "encore", "plus", "toujours":
					return -1
				}
			}
			return end
		}
	}
	return -1
}

func matchClauseAt(w []string, j int) int {
	for _, k := range proFollowedClause.candidates(w[j]) {
		if end := proFollowedClause.list[k].matchAt(w, j); end > j {
			return end
		}
	}
	return -1
}

// worksFor reports the writer's own job before i: « je travaille pour un
// usager », « je suis salariée d'une association ».
func worksFor(w []string, i int) bool {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		if writerWorksFor[w[j]] {
			return true
		}
	}
	return false
}

// writesFor are the first words of the phrases that say for whom the
// message is written (« j'écris pour… », « c'est pour… », « au nom de… »).
var writesFor = map[string]bool{"je": true, "j": true, "c": true, "ce": true, "au": true, "a": true, "pour": true, "en": true}

// ownProject: the writer speaks of their own change (« je veux changer de
// métier », « je voudrais me reconvertir »).
var ownProjectPhrases = compile(
	"je|j veux|voudrais|souhaite|souhaiterais|aimerais|pense|envisage|compte|cherche a? changer|me|m reconvertir|former|orienter|changer",
	"je|j veux|voudrais|souhaite|souhaiterais|aimerais|envisage quitter|arreter mon|ce metier|travail|poste|emploi",
	"je|j veux|voudrais|souhaite|souhaiterais|aimerais|envisage changer de metier|travail|poste|vie|voie|emploi",
)

func ownProject(w []string) bool { return any(ownProjectPhrases, w) }

// proNounIn returns the noun of a matched phrase and the article or
// possessive before it.
func proNounIn(w []string) (noun, article string) {
	for i := len(w) - 1; i >= 0; i-- {
		if _, ok := proNouns[w[i]]; ok {
			// « un de mes salariés »: the article is the first word
			a := ""
			if i > 0 {
				a = w[i-1]
			}
			if a == "mes" || a == "nos" {
				a = w[0]
				if a == "l" && len(w) > 1 {
					a = w[1]
				}
			}
			return w[i], a
		}
	}
	return "", ""
}

// proRelative names the person of noun said after article; the words from
// `after` on may say their gender with a pronoun.
func proRelative(w []string, noun, article string, after int) Relative {
	n := proNouns[noun]
	fem := proGender(w, after, noun, article)
	if fem {
		return Relative{Noun: n.f, Feminine: true}
	}
	return Relative{Noun: n.m}
}

// proGender tells a woman from a man: the word itself (« salariée »), the
// article (« une jeune », « ma bénéficiaire », not « une personne »), the
// first pronoun after (« …, elle habite Lens »), an agreed word (« âgée
// de 45 ans »); a man when nothing says.
func proGender(w []string, after int, noun, article string) bool {
	switch {
	case proFeminineWord[noun]:
		return true
	case proMasculineWord[noun]:
		return false
	}
	if noun != "personne" && noun != "personnes" {
		switch article {
		case "une", "ma", "la", "cette":
			return true
		case "un", "le", "ce", "cet":
			return false
		case "mon":
			if !startsWithVowel(noun) {
				return false
			}
		}
	}
	if p := pronounAfter(w, after); p != "" {
		return p == "elle"
	}
	for j := after; j < len(w) && j < after+12; j++ {
		switch w[j] {
		case "agee", "inscrite", "licenciee", "separee", "divorcee", "mariee", "nee", "arrivee", "reconnue", "diplomee", "seule", "sortie", "installee", "mere":
			return true
		case "age", "inscrit", "licencie", "separe", "divorce", "marie", "ne", "arrive", "reconnu", "diplome", "seul", "sorti", "installe", "pere":
			return false
		}
	}
	return false
}

// pronounAfter is the first « il » or « elle » from i (within 25 words).
// wishVerbs say a wish or a search of the person named before « qui »
// (« une personne de 45 ans au RSA qui souhaite se réorienter »).
var wishVerbs = map[string]bool{"souhaite": true, "souhaiterait": true, "veut": true, "voudrait": true, "cherche": true,
	"recherche": true, "aimerait": true, "desire": true, "envisage": true, "reve": true, "pense": true}

// wishWork are the words of work after such a wish (« qui souhaite se
// réorienter », « qui cherche un emploi »).
var wishWork = map[string]bool{"travail": true, "travailler": true, "emploi": true, "job": true, "boulot": true,
	"reorienter": true, "reconvertir": true, "reconversion": true, "formation": true, "former": true, "metier": true,
	"reprendre": true, "insertion": true, "stage": true, "apprentissage": true, "alternance": true, "orientation": true,
	"orienter": true, "projet": true, "cep": true, "vae": true, "bilan": true}

// wishAfter reports « qui », a wish verb and a word of work within eight
// words from i: the person the writer accompanies wishes to work or to
// train (persona pe1, a social worker: « j'accompagne une personne de 45
// ans au RSA qui souhaite se réorienter »); « j'accompagne une personne
// âgée qui veut rester chez elle » is the writer's job.
func wishAfter(w []string, i int) bool {
	for j := i; j+1 < len(w) && j < i+8; j++ {
		if w[j] != "qui" {
			continue
		}
		k := j + 1
		if w[k] == "ne" || w[k] == "n" {
			k++
		}
		if k >= len(w) || !wishVerbs[w[k]] && w[k] != "trouve" {
			return false
		}
		for _, x := range w[k+1 : min(k+7, len(w))] {
			if wishWork[x] {
				return true
			}
		}
		return false
	}
	return false
}

func pronounAfter(w []string, i int) string {
	for j := i; j < len(w) && j < i+25; j++ {
		if w[j] == "il" && (j > 0 && w[j-1] == "s" || j+1 < len(w) && impersonal[w[j+1]]) {
			continue // « il y a deux ans », « s'il vous plaît »
		}
		if w[j] == "elle" && j > 0 && pronounPrepositions[w[j-1]] {
			continue // « qui veut rester chez elle »: no subject (persona pe1)
		}
		if w[j] == "il" || w[j] == "elle" {
			return w[j]
		}
	}
	return ""
}

// pronounPrepositions before « elle » make it no subject.
var pronounPrepositions = map[string]bool{"chez": true, "avec": true, "pour": true, "a": true, "d": true, "de": true,
	"sans": true, "par": true, "vers": true, "entre": true}

var impersonal = map[string]bool{"y": true, "faut": true, "fallait": true, "parait": true, "semble": true}

func startsWithVowel(s string) bool {
	return s != "" && (s[0] == 'a' || s[0] == 'e' || s[0] == 'i' || s[0] == 'o' || s[0] == 'u' || s[0] == 'h' || s[0] == 'y')
}

// staffNamed reports, at i after the writer's role of authority, one person
// at work named without « un de nos » (round 22Q of the analysis,
// dialogs/analysis/lexicon_round22q.go): « mon|ma|notre <noun> » with the
// person's age right after (« ma secrétaire, 52 ans », « mon vendeur de 24
// ans », « mon barman a 37 ans »: an age names a person, not the writer's
// shop), or « j'ai|j'encadre|j'emploie un|une <noun> » followed by « qui »
// or by an age within six words (« j'ai une collaboratrice qui souhaite… »,
// « j'ai un chauffeur de 61 ans »). Relatives, bosses and colleagues, and
// the writer's things and places are never the person.
func staffNamed(w []string, i int, role string) (Relative, bool) {
	switch w[i] {
	case "mon", "ma", "notre":
		n := i + 1
		if n+2 >= len(w) || i > 0 && w[i-1] == "a" || !staffNoun(w[n]) || !ageRightAfter(w, n) {
			return Relative{}, false
		}
		return staffRelative(w, role, staffName(w[n]), w[i], n+1), true
	case "ai", "encadre", "emploie":
		if i == 0 || w[i-1] != "j" && w[i-1] != "je" || i+3 >= len(w) || w[i+1] != "un" && w[i+1] != "une" {
			return Relative{}, false
		}
		n := i + 2
		if !staffNoun(w[n]) || w[n+1] != "qui" && !ageWithin(w, n, 6) {
			return Relative{}, false
		}
		return staffRelative(w, role, staffName(w[n]), w[i+1], n+1), true
	}
	return Relative{}, false
}

// staffName is the noun the dialogue says for a person at work: the
// writer's own word when it reads well after « votre » (« collaboratrice »,
// « apprenti »), else « salarié(e) ».
func staffName(x string) string {
	if pn, ok := proNouns[x]; ok && pn.m != "bénéficiaire" {
		return x
	}
	return "salaries"
}

// notStaff are the words after « mon », « ma », « une » that name no person
// at work of the writer's (their bosses, colleagues, relatives and places
// have their own lists).
var notStaff = map[string]bool{"equipe": true, "entreprise": true, "societe": true, "personne": true, "poste": true, "metier": true,
	"travail": true, "contrat": true, "cdi": true, "cdd": true, "activite": true, "rqth": true, "formation": true, "compte": true,
	"licence": true, "sasu": true, "sarl": true, "eurl": true, "sas": true, "sci": true, "boite": true, "micro": true, "voiture": true,
	"maison": true, "vie": true, "petit": true, "petite": true, "grand": true, "grande": true, "propre": true, "nouveau": true,
	"nouvelle": true, "premier": true, "premiere": true, "dernier": true, "derniere": true, "diplome": true, "bac": true, "age": true,
	"projet": true, "question": true, "demande": true, "idee": true, "envie": true, "rayon": true, "salon": true, "restaurant": true,
	"garage": true, "cuisine": true, "bureau": true, "laboratoire": true, "pharmacie": true, "officine": true, "boulangerie": true,
	"exploitation": true, "plateforme": true, "entrepot": true, "site": true, "departement": true, "pole": true, "collegue": true,
	"collegues": true, "superieur": true, "superieure": true, "boss": true, "client": true, "cliente": true, "ami": true, "amie": true,
	"copain": true, "copine": true, "voisin": true, "voisine": true, "medecin": true, "conseiller": true, "conseillere": true,
	// durations: « ma carrière de 20 ans », « mon expérience de 15 ans »
	"carriere": true, "experience": true, "anciennete": true, "parcours": true, "pret": true, "credit": true, "emprunt": true,
	"mariage": true, "retraite": true, "histoire": true, "engagement": true, "mandat": true, "bail": true, "cursus": true,
	"apprentissage": true, "stage": true, "alternance": true, "pratique": true, "enfance": true, "jeunesse": true, "temps": true,
	"periode": true, "absence": true, "arret": true, "conge": true, "fonction": true, "fonctions": true, "role": true, "emploi": true,
	"commerce": true, "affaire": true, "magasin": true, "cabinet": true}

// staffNoun reports a noun that may name one person at work of the writer's.
func staffNoun(x string) bool {
	if len(x) < 3 || isNumber(x) || notStaff[x] || workplaces[x] || authorityRoles[x] {
		return false
	}
	_, rel := relatives[x]
	return !rel
}

// ageRightAfter reports the person's age right after the noun at n: one
// qualifying word at most (« ma secrétaire médicale, 40 ans »), then « de »,
// « d' » or « a », then « N ans ».
func ageRightAfter(w []string, n int) bool {
	k := n + 1
	if k < len(w) && !isNumber(w[k]) && !ageLinks[w[k]] && !ageStops[w[k]] {
		k++
	}
	if k < len(w) && ageLinks[w[k]] {
		k++
	}
	return k+1 < len(w) && isNumber(w[k]) && w[k+1] == "ans"
}

// ageWithin reports « N ans » within the m words after n.
func ageWithin(w []string, n, m int) bool {
	for k := n + 1; k+1 < len(w) && k <= n+m; k++ {
		if isNumber(w[k]) && w[k+1] == "ans" {
			return true
		}
	}
	return false
}

var ageLinks = map[string]bool{"de": true, "d": true, "a": true, "age": true, "agee": true}

var ageStops = map[string]bool{"et": true, "ou": true, "depuis": true, "pendant": true, "en": true, "il": true, "elle": true,
	"qui": true, "que": true, "est": true, "a": true}

func isNumber(x string) bool {
	if x == "" {
		return false
	}
	for _, c := range x {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}
