// Package editdist measures how far apart two words are, to suggest the
// name a user meant: a subcommand, a time zone.
package editdist

// Distance is the Levenshtein distance between a and b, in bytes: the
// fewest insertions, deletions and substitutions that turn one into the
// other.
func Distance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// Closest returns the word of known nearest to word, and false when none
// is within a third of word's length (at least two edits), so that a
// suggestion is never a wild guess. A word that starts a known one ("sub"
// for "subscriptions"), or shares its first six letters ("subscribe"),
// counts as one edit away.
func Closest(word string, known []string) (string, bool) {
	best, bestDist := "", max(2, len(word)/3)+1
	for _, k := range known {
		d := Distance(word, k)
		if p := commonPrefix(word, k); p >= 3 && (p == len(word) || p >= 6) {
			d = min(d, 1)
		}
		if d < bestDist {
			best, bestDist = k, d
		}
	}
	return best, best != ""
}

func commonPrefix(a, b string) int {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return n
}
