package webhook

import (
	"crypto/hmac"
	"encoding/hex"
	"errors"
	"strconv"
	"strings"
	"time"
)

// Errors returned by Verify (checked with errors.Is).
var (
	ErrNoSignature  = errors.New("webhook signature: header missing")
	ErrBadSignature = errors.New("webhook signature: header malformed")
	ErrStale        = errors.New("webhook signature: timestamp outside the tolerance")
	ErrMismatch     = errors.New("webhook signature: does not match the body")
)

// maxHeader bounds the header Verify reads.
const maxHeader = 4096

// Verify checks an X-Cepbot-Signature header ("t=<unix>,v1=<hex>", several
// v1 allowed during a secret rotation) against the raw body: the timestamp
// must be within tolerance of now (either way) and one v1 must equal
// HMAC-SHA256(secret, t + "." + body), compared in constant time. A
// tolerance <= 0 means 5 minutes.
func Verify(secret []byte, header string, body []byte, now time.Time, tolerance time.Duration) error {
	if tolerance <= 0 {
		tolerance = 5 * time.Minute
	}
	header = strings.TrimSpace(header)
	if header == "" {
		return ErrNoSignature
	}
	if len(header) > maxHeader {
		return ErrBadSignature
	}
	ts, sigs, err := ParseSignature(header)
	if err != nil {
		return err
	}
	t, err := strconv.ParseInt(ts, 10, 64)
	if err != nil {
		return ErrBadSignature
	}
	d := now.Sub(time.Unix(t, 0))
	if d < 0 {
		d = -d
	}
	if d > tolerance || t <= 0 {
		return ErrStale
	}
	want := mac(secret, ts, body)
	ok := false
	for _, s := range sigs {
		if hmac.Equal(s, want) {
			ok = true
		}
	}
	if !ok {
		return ErrMismatch
	}
	return nil
}

// ParseSignature splits a signature header into its timestamp (decimal
// digits, as sent) and its v1 signatures (decoded). Unknown keys are
// ignored (future schemes).
func ParseSignature(header string) (ts string, v1 [][]byte, err error) {
	for part := range strings.SplitSeq(header, ",") {
		k, v, ok := strings.Cut(strings.TrimSpace(part), "=")
		if !ok {
			return "", nil, ErrBadSignature
		}
		switch k {
		case "t":
			if ts != "" || v == "" || len(v) > 19 || strings.Trim(v, "0123456789") != "" {
				return "", nil, ErrBadSignature
			}
			ts = v
		case "v1":
			b, derr := hex.DecodeString(v)
			if derr != nil || len(b) != 32 {
				return "", nil, ErrBadSignature
			}
			v1 = append(v1, b)
		}
	}
	if ts == "" || len(v1) == 0 {
		return "", nil, ErrBadSignature
	}
	return ts, v1, nil
}
