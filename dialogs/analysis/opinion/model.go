// Package opinion is a statistical second opinion on the visitor's status:
// a multinomial logistic regression (softmax) over word and character
// n-gram features of the folded text (features.go), trained on the labelled
// messages of issue 13 by ./train and embedded. It does not depend on
// package analysis and is meant as a veto only: when it strongly disagrees
// with the status the rules found, the status is asked instead of guessed.
//
// Why a logistic regression: it gives calibrated class probabilities (the
// veto compares a probability with a threshold), it is convex (one optimum,
// deterministic training), it copes with hundreds of thousands of sparse,
// correlated features under L2 regularisation, and predicting is one sparse
// dot product per class — a few microseconds.
package opinion

import (
	"bytes"
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"sync"
	"unsafe"
)

//go:generate go run ./train -out model.bin

//go:embed model.bin
var modelFile []byte

// Classes are the statuses the model tells apart; "" is the null label (the
// message does not let a careful reader tell the status).
var Classes = [NClasses]string{"", "salarie_prive", "demandeur_emploi", "agent_public", "independant", "auto_entrepreneur", "profession_liberale", "artisan", "etudiant"}

// NClasses is len(Classes).
const NClasses = 9

// ClassIndex is the index of status in Classes, -1 when it is none of them.
func ClassIndex(status string) int {
	for i, c := range Classes {
		if c == status {
			return i
		}
	}
	return -1
}

// Opinion is the probability of each class for one message.
type Opinion struct {
	Probs [NClasses]float32
}

// P is the probability of status ("" the null label; 0 for an unknown name).
func (o Opinion) P(status string) float32 {
	if i := ClassIndex(status); i >= 0 {
		return o.Probs[i]
	}
	return 0
}

// Best is the most probable class and its probability (the first one on a tie).
func (o Opinion) Best() (string, float32) {
	b := 0
	for i := 1; i < NClasses; i++ {
		if o.Probs[i] > o.Probs[b] {
			b = i
		}
	}
	return Classes[b], o.Probs[b]
}

// Model is a trained model: weights per feature and class, and a bias per class.
type Model struct {
	Features Features
	bias     [NClasses]float32
	// open-addressing table of the feature hashes (0 = empty slot)
	slots []slot
	mask  uint32
	w     []int8  // quantised weights, row-major, NClasses per feature
	scale float32 // weight = w × scale
	n     int     // number of features
}

// NumFeatures is the number of features the model weighs.
func (m *Model) NumFeatures() int { return m.n }

type slot struct {
	key uint32
	row int32
}

type scratch struct {
	hs    []uint32
	buf   []byte
	ws    []uint32           // a word's own features (wordSumOf)
	words map[string]wordSum // what the features of a word alone add (wordcache.go)…
	model *Model             // …in this model
}

var scratchPool = sync.Pool{New: func() any {
	return &scratch{hs: make([]uint32, 0, 1024), buf: make([]byte, 0, maxText+2)}
}}

func (m *Model) lookup(h uint32) int32 {
	for i := (h * 0x9E3779B1) & m.mask; ; i = (i + 1) & m.mask {
		sl := m.slots[i]
		if sl.key == h {
			return sl.row
		}
		if sl.key == 0 {
			return -1
		}
	}
}

// Predict is the model's opinion of text. It is deterministic and does not
// allocate once warm (but for the words it meets first: wordcache.go).
func (m *Model) Predict(text string) Opinion {
	sc := scratchPool.Get().(*scratch)
	var s [NClasses]float32
	if n, acc := m.predictSums(sc, text); n > 0 {
		v := m.scale * float32(1/math.Sqrt(float64(n)))
		for k := range s {
			s[k] = float32(acc[k]) * v
		}
	}
	scratchPool.Put(sc)
	for k := range s {
		s[k] += m.bias[k]
	}
	return softmax(s)
}

// accumulate sums the weights of the features hs has in the model, per
// class. The first 8 weights of a row are added 8 at a time: read as one
// little-endian word, each offset by 128 (so that it is a byte of 0–255),
// the even and the odd bytes spread into 16-bit lanes of two words, which
// hold the sums of up to 256 rows before they are emptied into acc. The
// sums are exact: the same as adding the int8 weights one by one.
func (m *Model) accumulate(hs []uint32) [NClasses]int32 {
	const lanes = 0x00FF00FF00FF00FF
	var acc [NClasses]int32
	w := unsafe.Slice((*byte)(unsafe.Pointer(unsafe.SliceData(m.w))), len(m.w))
	for len(hs) > 0 {
		var even, odd uint64
		rows := int32(0) // rows added into even and odd, at most 256
		k := 0
		for ; k < len(hs) && rows < 256; k++ {
			r := m.lookup(hs[k])
			if r < 0 {
				continue
			}
			o := int(r) * NClasses
			row := w[o : o+NClasses : o+NClasses]
			x := binary.LittleEndian.Uint64(row) ^ 0x8080808080808080
			even += x & lanes
			odd += x >> 8 & lanes
			acc[8] += int32(int8(row[8]))
			rows++
		}
		hs = hs[k:]
		for j := 0; j < 4; j++ {
			acc[2*j] += int32(even>>(16*j)&0xFFFF) - 128*rows
			acc[2*j+1] += int32(odd>>(16*j)&0xFFFF) - 128*rows
		}
	}
	return acc
}

func softmax(s [NClasses]float32) Opinion {
	mx := s[0]
	for _, x := range s[1:] {
		mx = max(mx, x)
	}
	var o Opinion
	var sum float32
	for k, x := range s {
		e := float32(math.Exp(float64(x - mx)))
		o.Probs[k] = e
		sum += e
	}
	for k := range o.Probs {
		o.Probs[k] /= sum
	}
	return o
}

// build makes the look-up table of hashes (sorted, distinct, non-zero).
func build(fs Features, hashes []uint32, w []int8, scale float32, bias [NClasses]float32) *Model {
	m := &Model{Features: fs, bias: bias, w: w, scale: scale, n: len(hashes)}
	size := 1
	for size < 2*len(hashes)+1 {
		size <<= 1
	}
	m.slots = make([]slot, size)
	m.mask = uint32(size - 1)
	for r, h := range hashes {
		i := (h * 0x9E3779B1) & m.mask
		for m.slots[i].key != 0 {
			i = (i + 1) & m.mask
		}
		m.slots[i] = slot{h, int32(r)}
	}
	return m
}

// File format (little endian): "OPN1", MinN, MaxN, the feature flags
// (Features.flags; one byte each),
// the number of features (uint32), the scale of the weights (float32), the
// NClasses biases (float32), the sorted feature hashes as uvarint deltas,
// then the weights, NClasses int8 per feature (weight = q × scale).
var magic = []byte("OPN1")

// Encode writes hashes (sorted, distinct) and weights in the file format,
// quantising the weights to int8.
func Encode(fs Features, hashes []uint32, w []float32, bias [NClasses]float32) []byte {
	var mx float32
	for _, x := range w {
		mx = max(mx, float32(math.Abs(float64(x))))
	}
	scale := mx / 127
	if scale == 0 {
		scale = 1
	}
	var b bytes.Buffer
	b.Write(magic)
	b.Write([]byte{byte(fs.MinN), byte(fs.MaxN), fs.flags()})
	binary.Write(&b, binary.LittleEndian, uint32(len(hashes)))
	binary.Write(&b, binary.LittleEndian, scale)
	binary.Write(&b, binary.LittleEndian, bias)
	var prev uint32
	var vb [binary.MaxVarintLen32]byte
	for _, h := range hashes {
		b.Write(vb[:binary.PutUvarint(vb[:], uint64(h-prev))])
		prev = h
	}
	for _, x := range w {
		b.WriteByte(byte(int8(math.Round(float64(x / scale)))))
	}
	return b.Bytes()
}

// Decode reads a model file.
func Decode(data []byte) (*Model, error) {
	if len(data) < 11 || !bytes.Equal(data[:4], magic) {
		return nil, errors.New("opinion: not a model file")
	}
	fs := featuresOf(data[4], data[5], data[6])
	r := bytes.NewReader(data[7:])
	var n uint32
	var scale float32
	var bias [NClasses]float32
	if err := binary.Read(r, binary.LittleEndian, &n); err != nil {
		return nil, err
	}
	if err := binary.Read(r, binary.LittleEndian, &scale); err != nil {
		return nil, err
	}
	if err := binary.Read(r, binary.LittleEndian, &bias); err != nil {
		return nil, err
	}
	hashes := make([]uint32, n)
	var prev uint32
	for i := range hashes {
		d, err := binary.ReadUvarint(r)
		if err != nil {
			return nil, fmt.Errorf("opinion: hashes: %w", err)
		}
		prev += uint32(d)
		hashes[i] = prev
	}
	if r.Len() != int(n)*NClasses {
		return nil, fmt.Errorf("opinion: %d bytes of weights, want %d", r.Len(), int(n)*NClasses)
	}
	q := data[len(data)-r.Len():]
	w := make([]int8, len(q))
	for i, x := range q {
		w[i] = int8(x)
	}
	return build(fs, hashes, w, scale, bias), nil
}

var (
	defaultOnce  sync.Once
	defaultModel *Model
)

// Default is the embedded model (it panics if the embedded file is bad,
// which the package's tests rule out).
func Default() *Model {
	defaultOnce.Do(func() {
		m, err := Decode(modelFile)
		if err != nil {
			panic(err)
		}
		defaultModel = m
	})
	return defaultModel
}

// Predict is the embedded model's opinion of text.
func Predict(text string) Opinion { return Default().Predict(text) }
