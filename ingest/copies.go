package ingest

import (
	"crypto/sha256"

	"briefbot"
)

// maxOriginals is how many texts one ingest remembers to know copies by:
// some 6 MB. Past it, a copy of a text not remembered is summarized and
// stored as any article, and the store finds it a duplicate.
const maxOriginals = 1 << 16

// copies knows the articles of one ingest whose text, as read, is byte
// for byte that of an article before them in the same ingest, from the
// same feed. Cleaning gives them the same text, and the store takes no
// article with the content of one stored already, so a copy of an article
// that was added is a duplicate whatever its summary: it need not be
// summarized, keyed, nor handed to the store. Whether its original was
// added is known once the original's batch is stored; a copy of one that
// was not added is prepared in full then. Articles are noted in the order
// of the ingest, before they are prepared, so that the same ingest finds
// the same copies.
type copies struct {
	firsts map[copyKey]*original // the first article with each text
}

// copyKey is what makes two articles copies: their feed and their
// text's SHA-256.
type copyKey struct {
	feed int64
	text [sha256.Size]byte
}

// original is the first article of a text.
type original struct {
	added bool // stored as a new article; set once its batch is stored
}

func newCopies() *copies { return &copies{firsts: make(map[copyKey]*original)} }

// note tells copies of a, the next article of the ingest. It returns the
// original a is a copy of, else the original a is itself (nil once
// copies remembers maxOriginals texts). An article without text is
// neither.
func (c *copies) note(a briefbot.Article) (own, of *original) {
	if a.Text == "" {
		return nil, nil
	}
	k := copyKey{feed: a.FeedID, text: textSum(a.Text)}
	if first, ok := c.firsts[k]; ok {
		return nil, first
	}
	if len(c.firsts) >= maxOriginals {
		return nil, nil
	}
	own = &original{}
	c.firsts[k] = own
	return own, nil
}

// textSum is the SHA-256 of s, read through a small buffer rather than a
// copy of s.
func textSum(s string) (sum [sha256.Size]byte) {
	h := sha256.New()
	var buf [1024]byte
	for len(s) > 0 {
		n := copy(buf[:], s)
		h.Write(buf[:n])
		s = s[n:]
	}
	h.Sum(sum[:0])
	return sum
}
