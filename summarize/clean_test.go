package summarize

import (
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode"

	"briefbot"
)

func TestClean(t *testing.T) {
	in := strings.Join([]string{
		"  The council voted on the budget.  ",
		"| The council chamber on Monday. (Photo: City Hall) |",
		"",
		"Source",
		"Comment (0)",
		"Comments",
		"Share",
		"Partager",
		"Lire aussi : Le budget en cinq chiffres",
		"Read more: How the vote works",
		"We use cookies to improve your experience. Accept all cookies",
		"Sign up for our daily newsletter",
		"Inscrivez-vous à notre newsletter",
		"The mayor (Photo: Reuters) said the plan was fair.",
		"Le maire (Source : AFP) a salué le vote.",
	}, "\n")
	want := strings.Join([]string{
		"The council voted on the budget.",
		"The mayor said the plan was fair.",
		"Le maire a salué le vote.",
	}, "\n")
	if got := Clean(in); got != want {
		t.Errorf("Clean() =\n%s\nwant\n%s", got, want)
	}
}

func TestCleanKeepsArticleText(t *testing.T) {
	for _, line := range []string{
		"Source of the leak remains unknown, police said on Tuesday.",
		"The bakery sells cookies and bread to the village.",
		"Comment le gouvernement compte financer la réforme.",
	} {
		if got := Clean(line); got != line {
			t.Errorf("Clean(%q) = %q, want it kept", line, got)
		}
	}
}

func TestDeriveTitle(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"short lead", "NEW YORK — The city opened a new bridge on Monday. It cost $2 billion.",
			"The city opened a new bridge on Monday"},
		{"attribution dropped", "Selon la préfecture, trois routes ont été fermées à Lyon. La neige continue.",
			"Trois routes ont été fermées à Lyon"},
		{"reported clause of a long lead",
			"Le ministère sud-coréen des Affaires étrangères a annoncé le 23 septembre que les plus hauts diplomates de Corée du Sud, des États-Unis et du Japon s'étaient mis d'accord pour prendre des mesures afin de contrer un éventuel accord d'armement.",
			"Les plus hauts diplomates de Corée du Sud, des États-Unis et du Japon s'étaient mis d'accord"},
		{"boilerplate skipped", "| A caption |\nShare\nFarmers blocked the motorway near Toulouse.", "Farmers blocked the motorway near Toulouse"},
		{"empty", "Share\nComments", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := DeriveTitle(tt.text)
			if got != tt.want {
				t.Errorf("DeriveTitle() = %q, want %q", got, tt.want)
			}
			if n := len([]rune(got)); n > maxTitle {
				t.Errorf("title has %d characters, want at most %d", n, maxTitle)
			}
		})
	}
}

func TestDeriveTitleCutsLongSentences(t *testing.T) {
	long := "The regional transport authority announced a sweeping overhaul of bus and tram routes across the northern districts " +
		"while promising lower fares for students, pensioners and families with more than two children from next spring."
	got := DeriveTitle(long)
	if n := len([]rune(got)); n > maxTitle || n < 40 {
		t.Errorf("DeriveTitle() = %q (%d characters), want 40 to %d", got, n, maxTitle)
	}
	if !strings.HasPrefix(long, strings.TrimSuffix(got, "…")) {
		t.Errorf("DeriveTitle() = %q, want a prefix of the sentence", got)
	}
}

func TestDetectLang(t *testing.T) {
	tests := []struct {
		text, want string
	}{
		{"The president said on Tuesday that the talks with the unions were over.", "en"},
		{"Le président a déclaré mardi que les négociations avec les syndicats étaient terminées.", "fr"},
		{"Der Präsident sagte am Dienstag, dass die Gespräche mit den Gewerkschaften beendet sind und nicht weitergehen.", "de"},
		{"El presidente dijo el martes que las negociaciones con los sindicatos habían terminado.", "es"},
		{"Xyzzy plugh 42.", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := detectLang(tt.text); got != tt.want {
			t.Errorf("detectLang(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestCleanedDocument checks the contract of Document.Cleaned: a text
// cleaned once (as ingest cleans it) and marked so summarizes as the raw
// text does, and cleaning it again changes nothing.
func TestCleanedDocument(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "golden", "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no golden articles: %v", err)
	}
	docs := []briefbot.Document{{Text: benchArticle, Published: day(2024, 3, 13)}}
	for _, path := range files {
		docs = append(docs, goldenDocument(t, path))
	}
	for _, raw := range docs {
		cleaned := raw
		cleaned.Text, cleaned.Cleaned = Clean(raw.Text), true
		if again := Clean(cleaned.Text); again != cleaned.Text {
			t.Errorf("Clean is not idempotent on %q:\n%q", raw.Title, again)
		}
		if got, want := MustSummarize(t, cleaned), MustSummarize(t, raw); !reflect.DeepEqual(got, want) {
			t.Errorf("%q cleaned first: %+v\nwant %+v", raw.Title, got, want)
		}
	}
}

func TestCleanLead(t *testing.T) {
	text := "Share\r\nFirst line of the story.\r\r\n| caption |\nSecond line, with more words.\rThird line."
	clean := Clean(text)
	for words := 0; words <= 20; words++ {
		lead := cleanLead(text, words)
		if !strings.HasPrefix(clean, lead) {
			t.Errorf("cleanLead(%d) = %q, not the start of %q", words, lead, clean)
		}
		if n := letterWords(lead, 1000); n < words && lead != clean {
			t.Errorf("cleanLead(%d) = %q: %d words, and not all of the text", words, lead, n)
		}
	}
	if got := cleanLead(text, 1000); got != clean {
		t.Errorf("cleanLead(all) = %q, want %q", got, clean)
	}
}

// TestSpaceClassesCoverUnicode: every character unicode.IsSpace counts
// opens with a byte hasDoubleSpace stops at, and hasDoubleSpace finds
// each of them in a word, as the rune-by-rune reading did.
func TestSpaceClassesCoverUnicode(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if !unicode.IsSpace(r) {
			continue
		}
		if s := "a" + string(r) + "b"; r != ' ' && !hasDoubleSpace(s) {
			t.Errorf("hasDoubleSpace(%q) = false for %U", s, r)
		}
	}
	for _, tt := range []struct {
		in   string
		want bool
	}{{"a b c", false}, {"a  b", true}, {"é è\u00e0 b", false}, {"a\u00a0b", true}, {"a\u3000b", true},
		{"a\u2009b", true}, {"a\u2010b", false}, {"\xe2\x80", false}, {"a \xc2", false}, {"\t", true}} {
		if got := hasDoubleSpace(tt.in); got != tt.want {
			t.Errorf("hasDoubleSpace(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

// TestFoldSpaces: foldSpaces agrees with joining the fields.
func TestFoldSpaces(t *testing.T) {
	for _, s := range []string{"", " ", "a", "a b", " a b", "a b ", "a  b", "a\tb", "a\nb", "a\u00a0b", "é è", "\u3000a", "a\u2009", "x \xff y", "\xc2"} {
		if got, want := foldSpaces(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Errorf("foldSpaces(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestAppendFields: appendFields splits as strings.Fields does, after
// what dst holds.
func TestAppendFields(t *testing.T) {
	for _, s := range []string{"", " ", "a", "a b", " a b", "a b ", "a  b", "a\tb", "a\nb", "a\u00a0b", "é è", "\u3000a", "a\u2009", "x \xff y", "\xc2"} {
		got, want := appendFields([]string{"x"}, s), append([]string{"x"}, strings.Fields(s)...)
		if !slices.Equal(got, want) {
			t.Errorf("appendFields(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestCleanDropsInlineCaptions checks that a figure's credit and caption
// kept inside a paragraph go, with their holder, up to the paragraph's
// first sentence; and that a caption with no end to find loses only its
// label.
func TestCleanDropsInlineCaptions(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Image copyright The Paper Image caption Rescuers have spent days at the well Dozens of rescuers are digging.",
			"Dozens of rescuers are digging."},
		{"Image copyright European Press Agency He, along with his deputy, met the board.",
			"He, along with his deputy, met the board."},
		{"The talks went on. Media caption Officials met in Geneva The two sides agreed.",
			"The talks went on. The two sides agreed."},
		{"Image caption President Smith meets Mr Jones in the Oval Office Mr Jones said it went well.",
			"President Smith meets Mr Jones in the Oval Office Mr Jones said it went well."},
	}
	for _, tt := range tests {
		if got := Clean(tt.in); got != tt.want {
			t.Errorf("Clean(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestCutLinesCutsAsTheJoinedText: cutLines gives the lines of the joined
// lines cut, at every length, invalid UTF-8 and empty lines included.
func TestCutLinesCutsAsTheJoinedText(t *testing.T) {
	for _, lines := range [][]string{
		nil, {""}, {"", ""}, {"abc"}, {"ab", "", "cdé"}, {"é", "\x80\x80x", "ü"}, {"Thé café", "\xa9té", "x"},
	} {
		joined := strings.Join(lines, "\n")
		for n := 0; n <= len(joined)+1; n++ {
			want := strings.Split(cutText(joined, n), "\n")
			if got := cutLines(slices.Clone(lines), n); !slices.Equal(got, want) {
				t.Errorf("cutLines(%q, %d) = %q, want %q", lines, n, got, want)
			}
		}
	}
}

// TestHasDoubleSpaceReadsAsRunes: hasDoubleSpace agrees with reading s
// rune by rune, over short texts of spaces, letters and broken UTF-8.
func TestHasDoubleSpaceReadsAsRunes(t *testing.T) {
	byRunes := func(s string) bool {
		prev := false
		for _, r := range s {
			if unicode.IsSpace(r) && (r != ' ' || prev) {
				return true
			}
			prev = r == ' '
		}
		return false
	}
	pieces := []string{"a", " ", "\t", "\u00a0", "é", "\u2009", "\u2010", "’", "\xe2", "\xc2", "«", "\u3000"}
	var texts []string
	for _, a := range pieces {
		for _, b := range pieces {
			for _, c := range pieces {
				texts = append(texts, a+b+c)
			}
		}
	}
	for _, s := range texts {
		if got, want := hasDoubleSpace(s), byRunes(s); got != want {
			t.Errorf("hasDoubleSpace(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestIndexEitherAgreesWithIndexAny: indexEither finds what IndexAny does.
func TestIndexEitherAgreesWithIndexAny(t *testing.T) {
	for _, s := range []string{"", "a", "(", "[", "a[b(c", "a(b[c", "é « x » (y)", "no brackets here"} {
		if got, want := indexEither(s, '(', '['), strings.IndexAny(s, "(["); got != want {
			t.Errorf("indexEither(%q) = %d, want %d", s, got, want)
		}
	}
}
