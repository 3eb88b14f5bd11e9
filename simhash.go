package briefbot

import "math/bits"

// SimHash fingerprints a text so that near-identical texts (the same wire
// story republished with a changed word or a different sign-off) get
// fingerprints a few bits apart, and unrelated texts about 32 bits apart.
// It hashes overlapping three-word shingles of the lower-cased words.
// Stores keep fingerprints, so its result for a given text never changes.
func SimHash(text string) uint64 {
	buf := wordBuffers.Get().(*[]byte)
	defer putWords(buf)
	*buf = appendLowerWords((*buf)[:0], text)
	return simHashWords(*buf)
}

// Fingerprints is ContentHash(text) and SimHash(text), from one reading
// of the text's words instead of two: what a store derives from each
// article it adds.
func Fingerprints(text string) (hash string, simhash uint64) {
	buf := wordBuffers.Get().(*[]byte)
	defer putWords(buf)
	*buf = appendLowerWords((*buf)[:0], text)
	return contentHashWords(*buf), simHashWords(*buf)
}

// The 64-bit FNV-1a hash, which shingles are hashed by.
const fnvOffset, fnvPrime uint64 = 14695981039346656037, 1099511628211

// simHashWords is SimHash of the words that appendLowerWords wrote. A
// shingle is three words from a word on, joined by single spaces as they
// are in words. Each byte is hashed into the three shingles that hold it
// in the same step, so that words is read once and the three hashes'
// multiplications overlap, instead of hashing each shingle's bytes in
// turn.
func simHashWords(words []byte) uint64 {
	if len(words) == 0 {
		return 0
	}
	var c bitCounts
	// h2 hashes the shingle that starts at the word being read, h1 and h0
	// those that start one and two words before it.
	h0, h1, h2 := fnvOffset, fnvOffset, fnvOffset
	read, n := 1, 0 // the words begun; the shingles counted
	for _, b := range words {
		if b != ' ' {
			h0, h1, h2 = (h0^uint64(b))*fnvPrime, (h1^uint64(b))*fnvPrime, (h2^uint64(b))*fnvPrime
			continue
		}
		if read >= 3 { // the shingle of h0 ends with this word
			c.add(h0)
			n++
		}
		h0, h1, h2 = (h1^' ')*fnvPrime, (h2^' ')*fnvPrime, fnvOffset
		read++
	}
	switch {
	case read >= 3:
		c.add(h0)
		n++
	case read == 2: // fewer than three words: one shingle of them all
		c.add(h1)
		n = 1
	default:
		c.add(h2)
		n = 1
	}
	return c.majority(n)
}

// bitCounts counts, for each of the 64 bits, how many hashes have it set:
// eight hashes' bytes at a time, each spread into eight one-byte
// counters of a word, which are added into the totals before they can
// overflow.
type bitCounts struct {
	lanes   [8]uint64 // lanes[k] byte j: the count of bit 8k+j since the last flush
	pending int       // hashes in lanes
	totals  [64]int
}

// spread[b] has byte j set to bit j of b.
var spread = func() (t [256]uint64) {
	for b := range t {
		for j := range 8 {
			t[b] |= uint64(b>>j&1) << (8 * j)
		}
	}
	return t
}()

func (c *bitCounts) add(h uint64) {
	for k := range c.lanes {
		c.lanes[k] += spread[byte(h>>(8*k))]
	}
	if c.pending++; c.pending == 255 {
		c.flush()
	}
}

func (c *bitCounts) flush() {
	for k, lane := range c.lanes {
		for j := range 8 {
			c.totals[8*k+j] += int(lane >> (8 * j) & 0xff)
		}
	}
	c.lanes, c.pending = [8]uint64{}, 0
}

// majority is the fingerprint of n hashes: the bits more than half set.
func (c *bitCounts) majority(n int) uint64 {
	c.flush()
	var out uint64
	for b, k := range c.totals {
		if 2*k > n {
			out |= 1 << b
		}
	}
	return out
}

// NearDuplicate is the largest number of differing SimHash bits at which two
// texts count as the same story. One changed phrase in a 100-word story moves
// about 6 bits; unrelated texts differ by about 32, and fewer than one pair in
// 10^8 of them comes within 10.
const NearDuplicate = 10

// HammingDistance counts the bits in which two fingerprints differ.
func HammingDistance(a, b uint64) int { return bits.OnesCount64(a ^ b) }
