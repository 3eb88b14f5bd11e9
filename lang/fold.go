package lang

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// latinFolds pairs each base form with the lower-case Latin letters that
// fold to it. The accented letters are those the search index folds
// (SQLite FTS5's unicode61 tokenizer with remove_diacritics 2: every
// precomposed letter of Latin-1, Latin Extended-A and -B and Latin
// Extended Additional that carries a diacritic). The last pairs are
// letters the index keeps but briefbot has always spelled out: the
// ligatures æ and œ, ß, and ø. Letters drawn with a stroke (ł, đ, ħ, ŧ),
// ð, þ and the dotless ı stay, as in the index.
var latinFolds = [...]string{
	"a", "àáâãäåāăąǎǟǻȁȃȧḁạảấầẩẫậắằẳẵặ",
	"b", "ḃḅḇ",
	"c", "çćĉċčḉ",
	"d", "ďḋḍḏḑḓ",
	"e", "èéêëēĕėęěȅȇȩḕḗḙḛḝẹẻẽếềểễệ",
	"f", "ḟ",
	"g", "ĝğġģǧǵḡ",
	"h", "ĥȟḣḥḧḩḫẖ",
	"i", "ìíîïĩīĭįǐȉȋḭḯỉị",
	"j", "ĵǰ",
	"k", "ķǩḱḳḵ",
	"l", "ĺļľḷḹḻḽ",
	"m", "ḿṁṃ",
	"n", "ñńņňǹṅṇṉṋ",
	"o", "òóôõöōŏőơǒǫǭȍȏȫȭȯȱṍṏṑṓọỏốồổỗộớờởỡợ",
	"p", "ṕṗ",
	"r", "ŕŗřȑȓṙṛṝṟ",
	"s", "śŝşšſșṡṣṥṧṩẛ",
	"t", "ţťțṫṭṯṱẗ",
	"u", "ùúûüũūŭůűųưǔǖǘǚǜȕȗṳṵṷṹṻụủứừửữự",
	"v", "ṽṿ",
	"w", "ŵẁẃẅẇẉẘ",
	"x", "ẋẍ",
	"y", "ýÿŷȳẏẙỳỵỷỹ",
	"z", "źżžẑẓẕ",
	// Kept by the index, spelled out for names.
	"ae", "æ", "oe", "œ", "ss", "ß", "o", "ø",
}

// Folds of the two blocks that hold the folded letters: Latin-1 to Latin
// Extended-B (U+00C0–U+024F) and Latin Extended Additional
// (U+1E00–U+1EFF). "" where a letter does not fold.
var (
	foldLow  [0x250 - 0xC0]string
	foldHigh [0x100]string
)

func init() {
	for i := 0; i < len(latinFolds); i += 2 {
		for _, r := range latinFolds[i+1] {
			*foldSlot(r) = latinFolds[i]
		}
	}
}

// foldSlot is the table entry of r, which must lie in one of the blocks.
func foldSlot(r rune) *string {
	if r >= 0x1E00 {
		return &foldHigh[r-0x1E00]
	}
	return &foldLow[r-0xC0]
}

// Fold is the form words are compared in: lower case, and Latin letters
// without their diacritics ("Corée" → "coree", "Séoul" → "seoul", "Hà Nội"
// → "ha noi"), æ, œ, ß and ø spelled out ("Œuvre" → "oeuvre", "Straße" →
// "strasse"). It changes nothing else: spaces, punctuation, letters with a
// stroke ("Łódź" → "łodz"), combining marks and other scripts stay as
// written, and invalid UTF-8 turns into U+FFFD.
//
// The search index folds letters the same way, so that a folded word finds
// what the index holds, but for æ, œ, ß and ø, which the index keeps: the
// term "oeuvre" finds "oeuvre" and not "œuvre".
func Fold(s string) string {
	i := 0
	for i < len(s) && s[i] < utf8.RuneSelf && (s[i] < 'A' || s[i] > 'Z') {
		i++
	}
	if i == len(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteString(s[:i])
	for _, r := range s[i:] {
		writeFolded(&b, r)
	}
	return b.String()
}

// writeFolded writes the folded form of r.
func writeFolded(b *strings.Builder, r rune) {
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		b.WriteByte(byte(r))
		return
	}
	r = unicode.ToLower(r)
	if f := folded(r); f != "" {
		b.WriteString(f)
		return
	}
	b.WriteRune(r)
}

// AppendFoldedRune appends the folded form of r to dst: Fold(string(r)),
// without making the string.
func AppendFoldedRune(dst []byte, r rune) []byte { return appendFolded(dst, r) }

// folded is the base form of the lower-case letter r, or "" when r does
// not fold.
func folded(r rune) string {
	if r >= 0xC0 && r < 0x250 || r >= 0x1E00 && r < 0x1F00 {
		return *foldSlot(r)
	}
	return ""
}
