package opinion

// Predict's features split in two: those of a word alone (its unigram and
// its character n-grams: most of a message's features) and those of its
// context (bigrams, trigrams, the scoped features). The weights a word's
// own features add are the same in every message, so a scratch keeps them
// per word (wordSum) and a word seen before costs one map look-up instead
// of hashing and looking up its dozen n-grams. The sums are of integers:
// the same, in any order, as those of accumulate over every feature.

// wordSum is what the features of a word alone add: their number and the
// sums of their weights per class.
type wordSum struct {
	n   int32
	acc [NClasses]int32
}

// maxCachedWords bounds a scratch's cache (a word of ≈ 40 bytes of key and
// value: ≈ 1 MB at most); past it the cache starts again empty.
const maxCachedWords = 1 << 14

// wordSumOf computes the sum of w's own features.
func (m *Model) wordSumOf(hs []uint32, w []byte) (wordSum, []uint32) {
	hs = append(hs[:0], nonZero(hashBytes(hashStart('u'), w)))
	fs := m.Features
	if fs.MaxN > 0 && len(w)+2 <= 64 {
		var gram [64]byte
		gram[0] = '<'
		copy(gram[1:], w)
		gram[len(w)+1] = '>'
		g := gram[:len(w)+2]
		for n := fs.MinN; n <= fs.MaxN; n++ {
			if n >= len(g) {
				break
			}
			hs = appendGrams(hs, g, n)
		}
	}
	return wordSum{n: int32(len(hs)), acc: m.accumulate(hs)}, hs
}

// predictSums is extract and accumulate of Predict in one walk, with the
// words' own features taken from sc.words: the number of features and
// the sums of their weights per class.
func (m *Model) predictSums(sc *scratch, text string) (int, [NClasses]int32) {
	fs := m.Features
	buf := fold(sc.buf, text)
	sc.buf = buf
	if sc.words == nil || sc.model != m || len(sc.words) >= maxCachedWords {
		sc.words, sc.model = make(map[string]wordSum, 1024), m
	}
	out := sc.hs[:0]
	var tot [NClasses]int32
	n := 0
	ctx := newContext(fs)
	for i := 0; i < len(buf); {
		if buf[i] == ' ' || buf[i] == '|' {
			if buf[i] == '|' { // a clause ends: the scopes end
				ctx.negLeft, ctx.persLeft, ctx.pastLeft = 0, 0, 0
			}
			i++
			continue
		}
		j := i
		for j < len(buf) && buf[j] != ' ' && buf[j] != '|' {
			j++
		}
		w := buf[i:j]
		ws, ok := sc.words[string(w)]
		if !ok {
			ws, sc.ws = m.wordSumOf(sc.ws, w)
			sc.words[string(w)] = ws
		}
		n += int(ws.n)
		for k := range tot {
			tot[k] += ws.acc[k]
		}
		out = ctx.word(out, fs, buf, i, j)
		i = j
	}
	sc.hs = out
	n += len(out)
	acc := m.accumulate(out)
	for k := range tot {
		tot[k] += acc[k]
	}
	return n, tot
}
