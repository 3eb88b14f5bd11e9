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
	words := *buf
	if len(words) == 0 {
		return 0
	}
	// A shingle is three words from a word on: a piece of words, which
	// holds them joined by spaces. starts holds the starts of the last
	// three words read.
	var c bitCounts
	var starts [3]int
	n, read, start := 0, 0, 0
	for i := 0; i <= len(words); i++ {
		if i < len(words) && words[i] != ' ' {
			continue
		}
		starts[0], starts[1], starts[2] = starts[1], starts[2], start
		if read++; read >= 3 {
			c.add(shingleHash(words[starts[0]:i]))
			n++
		}
		start = i + 1
	}
	if n == 0 { // fewer than three words: one shingle of them all
		c.add(shingleHash(words))
		n = 1
	}
	return c.majority(n)
}

// shingleHash is the 64-bit FNV-1a hash of a shingle's bytes.
func shingleHash(b []byte) uint64 {
	const offset, prime = 14695981039346656037, 1099511628211
	h := uint64(offset)
	for _, c := range b {
		h = (h ^ uint64(c)) * prime
	}
	return h
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
