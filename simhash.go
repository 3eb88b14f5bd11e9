package briefbot

import (
	"math/bits"
	"strings"
	"unicode"
)

// SimHash fingerprints a text so that near-identical texts (the same wire
// story republished with a changed word or a different sign-off) get
// fingerprints a few bits apart, and unrelated texts about 32 bits apart.
// It hashes overlapping three-word shingles of the lower-cased words.
// Stores keep fingerprints, so its result for a given text never changes.
func SimHash(text string) uint64 {
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	var ones [64]int // per bit, how many shingle hashes have it set
	n := 0
	for i := 0; i+3 <= len(words) || (i == 0 && len(words) > 0); i++ {
		n++
		for h := shingleHash(words[i:min(i+3, len(words))]); h != 0; h &= h - 1 {
			ones[bits.TrailingZeros64(h)]++
		}
	}
	var out uint64
	for b, k := range ones {
		if 2*k > n {
			out |= 1 << b
		}
	}
	return out
}

// shingleHash is the 64-bit FNV-1a hash of words joined by spaces.
func shingleHash(words []string) uint64 {
	const offset, prime = 14695981039346656037, 1099511628211
	h := uint64(offset)
	for i, w := range words {
		if i > 0 {
			h = (h ^ ' ') * prime
		}
		for j := 0; j < len(w); j++ {
			h = (h ^ uint64(w[j])) * prime
		}
	}
	return h
}

// NearDuplicate is the largest number of differing SimHash bits at which two
// texts count as the same story. One changed phrase in a 100-word story moves
// about 6 bits; unrelated texts differ by about 32, and fewer than one pair in
// 10^8 of them comes within 10.
const NearDuplicate = 10

// HammingDistance counts the bits in which two fingerprints differ.
func HammingDistance(a, b uint64) int { return bits.OnesCount64(a ^ b) }
