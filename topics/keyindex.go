package topics

import (
	_ "embed"
	"fmt"
	"slices"
	"strings"
	"sync"
	"unicode"

	"briefbot"
)

// keys is the reverse of the topics' words: each word or phrase a place
// or concept is searched by, and the keys of those it finds.
type keys struct {
	exact   map[string]entry    // folded word or phrase → its keys, and whether a longer phrase starts with it
	prefix  map[string][]string // folded phrase whose last word may start a longer one → keys
	longest int                 // the most words of a phrase
	combos  []combo             // the keys of words that several countries share
	// lastLens[n] tells whether a prefix term's last word has n bytes,
	// so that a word is looked up only at the lengths some prefix has.
	lastLens [maxPrefixBytes + 1]bool
	// phrases and prefixes have a bit for the hash of each phrase of
	// exact and of prefix, so that most words and phrases, which are no
	// term, cost one look-up in an array instead of one in a map; keyed
	// has one for each phrase of exact with keys of its own, so that the
	// words that only start longer phrases ("the", "in"), a third of a
	// text's words, are not looked up either.
	phrases, prefixes, keyed filter
}

// entry is what the index knows of one word or phrase.
type entry struct {
	keys  []string // the keys of the places and concepts it names
	start bool     // it is the first word or words of a longer phrase
}

// filter is a set of phrases' hashes (see hashByte), one bit each, that
// tells for sure when a phrase is none of them.
type filter [1 << (filterBits - 6)]uint64

// filterBits is the size of a filter, in bits of its hash: some 30,000
// phrases set about 3% of its bits.
const filterBits = 20

func (f *filter) add(phrase string) {
	h := uint32(hashStart)
	for i := range len(phrase) {
		h = hashByte(h, phrase[i])
	}
	b := h >> (32 - filterBits)
	f[b>>6] |= 1 << (b & 63)
}

func (f *filter) has(h uint32) bool {
	b := h >> (32 - filterBits)
	return f[b>>6]&(1<<(b&63)) != 0
}

// hashStart and hashByte make the 32-bit FNV-1a hash of a phrase, a byte
// at a time, so that the hash of a phrase grows with it.
const hashStart uint32 = 2166136261

func hashByte(h uint32, b byte) uint32 { return (h ^ uint32(b)) * 16777619 }

// maxPrefixBytes is the longest last word of a prefix term that Keys
// reads; a longer one is never a place's or concept's word.
const maxPrefixBytes = 64

// combo is the key of the words that a group of countries shares and
// that none of them is searched by alone ("korea", "coréen"): a topic
// that names all of them ("korea") searches it, one that names one
// ("south korea") does not.
type combo struct {
	codes []string
	key   string
}

// keyIndexText is the index in its text form (see keys.text), generated
// from the gazetteer and the lexicon by buildKeys; TestKeyIndexIsGenerated
// fails until it is generated again after they change.
//
//go:embed data/keys.txt
var keyIndexText string

// keyIndex is the index, read from keyIndexText once a process: a few
// milliseconds, where building it from the gazetteer and the lexicon
// takes a hundred or more.
var keyIndex = sync.OnceValue(func() *keys {
	k, err := readKeys(keyIndexText)
	if err != nil {
		panic(err) // the embedded text is tested
	}
	return k
})

func newKeys() *keys { return &keys{exact: map[string]entry{}, prefix: map[string][]string{}} }

// add records that the phrase of t is searched by each of keys.
func (k *keys) add(t briefbot.Term, keys ...string) {
	if t.Prefix {
		for _, key := range keys {
			if !slices.Contains(k.prefix[t.Phrase], key) {
				k.prefix[t.Phrase] = append(k.prefix[t.Phrase], key)
			}
		}
		k.prefixes.add(t.Phrase)
	} else {
		e := k.exact[t.Phrase]
		for _, key := range keys {
			if !slices.Contains(e.keys, key) {
				e.keys = append(e.keys, key)
			}
		}
		k.exact[t.Phrase] = e
		k.phrases.add(t.Phrase)
		if len(e.keys) > 0 {
			k.keyed.add(t.Phrase)
		}
	}
	k.derive(t)
}

// derive records what Keys needs to know of a term besides its keys:
// the phrases its first words make, which start a longer one; its number
// of words; and, for a prefix term, its last word's length.
func (k *keys) derive(t briefbot.Term) {
	ws := []string{t.Phrase}
	if strings.ContainsFunc(t.Phrase, unicode.IsSpace) {
		ws = strings.Fields(t.Phrase)
	}
	if t.Prefix && len(ws) > 0 && len(ws[len(ws)-1]) <= maxPrefixBytes {
		k.lastLens[len(ws[len(ws)-1])] = true
	}
	for j := 1; j < len(ws); j++ {
		head := strings.Join(ws[:j], " ")
		e := k.exact[head]
		e.start = true
		k.exact[head] = e
		k.phrases.add(head)
	}
	k.longest = max(k.longest, len(ws))
}

// keysHeader starts the text form of the index.
const keysHeader = "# The index of search keys, generated from the gazetteer and the lexicon by\n" +
	"# go test ./topics -run TestKeyIndexIsGenerated -update; do not edit.\n"

// text is the index in its text form, one sorted line a phrase and its
// keys, separated by a tab: "=phrase" for an exact term, "*phrase" for a
// prefix term; then "+key" and the codes of each combo.
func (k *keys) text() string {
	var lines []string
	for phrase, e := range k.exact {
		if len(e.keys) > 0 {
			lines = append(lines, "="+phrase+"\t"+strings.Join(e.keys, " "))
		}
	}
	for phrase, ks := range k.prefix {
		lines = append(lines, "*"+phrase+"\t"+strings.Join(ks, " "))
	}
	slices.Sort(lines)
	for _, c := range k.combos {
		lines = append(lines, "+"+c.key+"\t"+strings.Join(c.codes, " "))
	}
	return keysHeader + strings.Join(lines, "\n") + "\n"
}

// readKeys reads the text form of an index. Its strings are pieces of
// text: reading it copies the text of no phrase and no key.
func readKeys(text string) (*keys, error) {
	body, ok := strings.CutPrefix(text, keysHeader)
	if !ok {
		return nil, fmt.Errorf("topics: key index: no header")
	}
	k := &keys{
		exact:  make(map[string]entry, strings.Count(body, "\n=")+strings.Count(body, " ")),
		prefix: make(map[string][]string, strings.Count(body, "\n*")),
	}
	all := make([]string, 0, strings.Count(body, "\t")+strings.Count(body, " "))
	for line := range strings.Lines(body) {
		phrase, list, ok := strings.Cut(strings.TrimSuffix(line, "\n"), "\t")
		if !ok || phrase == "" {
			return nil, fmt.Errorf("topics: key index: bad line %q", line)
		}
		from := len(all)
		all = appendFields(all, list)
		ks := all[from:len(all):len(all)]
		switch t := (briefbot.Term{Phrase: phrase[1:], Prefix: phrase[0] == '*'}); phrase[0] {
		case '=':
			k.exact[t.Phrase] = entry{keys: ks, start: k.exact[t.Phrase].start}
			k.phrases.add(t.Phrase)
			if len(ks) > 0 {
				k.keyed.add(t.Phrase)
			}
			k.derive(t)
		case '*':
			k.prefix[t.Phrase] = ks
			k.prefixes.add(t.Phrase)
			k.derive(t)
		case '+':
			k.combos = append(k.combos, combo{codes: ks, key: t.Phrase})
		default:
			return nil, fmt.Errorf("topics: key index: bad line %q", line)
		}
	}
	return k, nil
}

// appendFields appends the words of s, separated by spaces, to dst.
func appendFields(dst []string, s string) []string {
	for f := range strings.FieldsSeq(s) {
		dst = append(dst, f)
	}
	return dst
}
