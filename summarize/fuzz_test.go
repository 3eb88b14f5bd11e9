package summarize

import (
	"context"
	"os"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"briefbot"
	"briefbot/geo"
)

// benchArticle is a made-up report of about 3 KB.
var benchArticle = strings.Join([]string{
	"BRUSSELS — European energy ministers agreed on Tuesday to extend the bloc's gas storage rules for two more winters, the Czech minister Petr Novak said after talks that ran late into the night.",
	"| Ministers arrive for the meeting in Brussels on Tuesday. (Photo: EU Council) |",
	"The agreement, reached after nine hours of negotiations at the Council of the European Union, obliges member states to keep their storage sites at least 90 percent full by November 1 each year.",
	"Novak, whose country holds the rotating presidency, told reporters that the deal sent a clear signal to markets. \"We will not be caught unprepared again,\" he said.",
	"Germany and Italy had pushed for more flexibility, arguing that the targets forced them to buy gas at high prices during the summer. Under the compromise, countries that miss the target by less than five points will not face penalties.",
	"The European Commission welcomed the deal. Its energy commissioner, Kadri Simson, said the rules had helped the bloc avoid shortages after Russia cut most of its pipeline deliveries in 2022.",
	"Traders in Amsterdam reacted calmly. The benchmark Dutch gas price fell 2 percent on Wednesday morning to 31 euros per megawatt hour, its lowest level in three weeks.",
	"Environmental groups criticised the decision. Greenpeace said that locking in storage targets would slow the switch to renewable energy and keep Europe dependent on imported liquefied natural gas from the United States and Qatar.",
	"The rules still need the formal approval of the European Parliament, which is expected to vote on them in Strasbourg next month. Officials said they expected a large majority in favour.",
	"Last year the bloc filled its storage sites well ahead of the deadline, helped by a mild winter and a sharp fall in industrial demand. Analysts at the bank ING said the new rules were unlikely to change buying patterns much.",
	"Share",
	"Read more: How Europe replaced Russian gas",
	"Comments (4)",
}, "\n")

func BenchmarkSummarize(b *testing.B) {
	docs := map[string]briefbot.Document{
		"english-3KB": {Text: benchArticle, Published: day(2024, 3, 13)},
	}
	if text, err := os.ReadFile(seedPath); err == nil {
		docs["seed-french"] = briefbot.Document{Text: string(text), Published: day(2023, 9, 23)}
	}
	s := New()
	ctx := context.Background()
	geo.Load() // the gazetteer loads once per process, not per article
	for name, doc := range docs {
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(doc.Text)))
			cpu0, cpuOK := cpuTime()
			for b.Loop() {
				if _, err := s.Summarize(ctx, doc); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
			if cpu1, ok := cpuTime(); ok && cpuOK {
				b.ReportMetric(float64((cpu1-cpu0).Microseconds())/float64(b.N), "cpu-µs/article")
			}
		})
	}
}

func TestBenchArticle(t *testing.T) {
	s := MustSummarize(t, briefbot.Document{Text: benchArticle, Published: day(2024, 3, 13)})
	if len(s.Who) == 0 || s.Who[0] != "Petr Novak" {
		t.Errorf("Who = %q, want Petr Novak first", s.Who)
	}
	if len(s.Where) == 0 || s.Where[0] != "Brussels" {
		t.Errorf("Where = %q, want Brussels first", s.Where)
	}
	if s.When != "2024-03-12" {
		t.Errorf("When = %q (%q), want 2024-03-12", s.When, s.WhenText)
	}
	assertValid(t, s)
	assertNoBoilerplate(t, s, "Photo", "Share", "Read more", "Comments")
}

func FuzzSummarize(f *testing.F) {
	f.Add("", benchArticle, "", int64(1710300000))
	f.Add("Titre", "Séoul, 3 mars — M. Kim a rencontré hier le 1er mars.\n| légende |\nSource", "fr-FR", int64(0))
	f.Add("", "NEW YORK (Reuters) - On Sept. 22, U.S. officials said.", "en", int64(-62135596800))
	f.Add("a: b", "— — | |\n((((\n22/13/2023 le 31 février", "", int64(253402300800))
	f.Add("", "Image copyright AP Image caption A man waves Dozens of people Media caption Image caption x The end.", "en", int64(0))
	if text, err := os.ReadFile(seedPath); err == nil {
		f.Add("", string(text), "", int64(1695427200))
	}
	s := New()
	f.Fuzz(func(t *testing.T, title, text, lang string, unix int64) {
		doc := briefbot.Document{Title: title, Text: text, Lang: lang, Published: time.Unix(unix, 0).UTC()}
		checkDerivedTitle(t, text)
		if c := Clean(text); Clean(c) != c {
			t.Errorf("Clean(%q) = %q, which Clean changes again to %q", text, c, Clean(c))
		}
		sum, err := s.Summarize(context.Background(), doc)
		if err != nil {
			if briefbot.ErrorCode(err) != briefbot.EInvalid {
				t.Fatalf("Summarize error = %v, want only EInvalid", err)
			}
			return
		}
		assertValid(t, sum)
		if utf8.ValidString(title) && utf8.ValidString(text) && utf8.ValidString(lang) {
			assertUTF8(t, sum)
		}
		if sum.When != "" && sum.WhenText == "" && sum.When != doc.Published.Format(time.DateOnly) {
			t.Errorf("When = %q with no WhenText, and not the publication day", sum.When)
		}
	})
}

// checkDerivedTitle checks the headline DeriveTitle writes for text: at
// most maxTitle characters, and valid UTF-8 when text is.
func checkDerivedTitle(t *testing.T, text string) {
	t.Helper()
	title := DeriveTitle(text)
	if n := utf8.RuneCountInString(title); n > maxTitle {
		t.Errorf("DeriveTitle = %q, %d characters, want at most %d", title, n, maxTitle)
	}
	if utf8.ValidString(text) && !utf8.ValidString(title) {
		t.Errorf("DeriveTitle = %q, not valid UTF-8", title)
	}
}

func FuzzScanDates(f *testing.F) {
	for _, s := range []string{"le 22 septembre", "on Sept. 22, 2023", "mardi dernier soir", "22/09/2023",
		"late on Thursday", "the day before yesterday", "1er mars 2024", "2023-02-29", "31/12/9999"} {
		f.Add(s, "fr", int64(1695427200))
	}
	f.Fuzz(func(t *testing.T, text, lang string, unix int64) {
		pub := time.Unix(unix, 0).UTC()
		last := 0
		for _, m := range scanDates(text, lang) {
			if m.start < last || m.end <= m.start || m.end > len(text) || m.text == "" {
				t.Fatalf("mention %+v: bad span in %d bytes after %d", m, len(text), last)
			}
			last = m.end
			d, ok := m.resolve(pub)
			if !ok {
				continue
			}
			if _, err := time.Parse(time.DateOnly, d.Format(time.DateOnly)); err != nil && validPublication(pub) {
				t.Fatalf("mention %q resolves to %v", m.text, d)
			}
		}
	})
}
