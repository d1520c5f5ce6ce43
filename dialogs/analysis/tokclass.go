package analysis

// Token classes: some sets of words are looked up at many tokens of every
// message (whole-message scans, windows before each hit). Each of the sets
// below gets a bit; the bits of a word are kept in its traits (read once
// per token by lookUpWords), so that a rule asks a bit of the token
// instead of hashing its word again, and a scan of the whole message first
// asks the union of its tokens' bits (msgClasses). The sets stay the maps
// they are: a rule may still look a word up in them, and init functions
// may still add words to them (the bits are built with the lexicon, after
// every init). TestTokenClasses checks that the bits answer as the maps.
type wordClass uint64

const (
	clsTeacherWords wordClass = 1 << iota
	clsNotSchoolTeaching
	clsPrivateWords10
	clsSchoolWords10
	clsSchoolKinds
	clsNoticeStopWords
	clsResignWords
	clsEndingContractNouns
	clsEndVerbs18f
	clsLeavingVerbs
	clsJoinWords
	clsAuxiliaries
	clsSchoolWords
	clsClientMarkers
	clsClientFiles
	clsOfferWords
	clsHireVerbsR26a
	clsFindVerbsR26a
	clsJobDetR26a
	clsNewJobNounsR26a
	clsThirdNounsR18r
	clsChargedR18r
	clsOwnedPlaceR18r
	clsWriterBeingR18r
	clsCourtesyR18r
	clsAccompaniedR18r
	clsFriendsR18r
	clsKnowR27b
	clsFinishVerbsR27b
	clsThirdStartsR18r
	clsClosedWordsR27a
	clsLivingInfinitives
	clsMoveVerbs
	clsPlacePrep
	clsPlanBeforePuis
	clsSpouseBareR18t
	clsPlaceCues
	clsTradeWords
	clsNegators
	clsNegFillers
	clsGenericPeopleR20c
	clsStatusAsideWordsR21v
	clsPlacesR22q
	clsRound22yAdv
	clsRound22yBe
	clsLivedVerbs
	clsCadreTitleFirstsR20i
	clsRetirementWordsR21g
	numWordClasses = iota
)

// wordClassSets are the sets of the classes, in the order of their bits.
var wordClassSets = [numWordClasses]*map[string]bool{
	&teacherWords, &notSchoolTeaching, &privateWords10, &schoolWords10, &schoolKinds,
	&noticeStopWords, &resignWords, &endingContractNouns, &endVerbs18f,
	&leavingVerbs, &joinWords, &auxiliaries, &schoolWords,
	&clientMarkers, &clientFiles, &offerWords,
	&hireVerbsR26a, &findVerbsR26a, &jobDetR26a, &newJobNounsR26a,
	&thirdNounsR18r, &chargedR18r, &ownedPlaceR18r, &writerBeingR18r, &courtesyR18r, &accompaniedR18r, &friendsR18r,
	&round22yKnow, &finishVerbsR27b, &thirdStartsR18r,
	&closedWordsR27a, &livingInfinitives, &moveVerbs, &placePrep, &planBeforePuis, &spouseBareR18t, &placeCues,
	&tradeWordSet, &negators, &negFillers, &genericPeopleR20c, &statusAsideWordsR21v, &placesR22q, &round22yAdv, &round22yBe,
	&livedVerbs, &cadreTitleFirstsR20i, &retirementWordsR21g,
}

// addWordClasses sets the class bits in the traits of the sets' words.
func addWordClasses(traits map[string]wordTraits) {
	for b, set := range wordClassSets {
		for w, in := range *set {
			if in {
				t := traits[w]
				t.cls |= 1 << b
				traits[w] = t
			}
		}
	}
}

// is reports whether token i's word is in one of the sets of c (the same
// answer as looking the word up in them).
func (a *analyser) is(i int, c wordClass) bool {
	if len(a.sc.traits) != len(a.toks) {
		a.lookUp()
	}
	return a.sc.traits[i].cls&c != 0
}

// lookUp is lookUpWords of the analyser's scratch (a method: is stays
// small enough for the compiler to inline it at its many call sites).
//
//go:noinline
func (a *analyser) lookUp() { lookUpWords(a.sc) }

// msgHas reports whether some token of the message is in one of the sets
// of c.
func (a *analyser) msgHas(c wordClass) bool {
	if len(a.sc.traits) != len(a.toks) {
		lookUpWords(a.sc)
	}
	return a.sc.msgCls&c != 0
}
