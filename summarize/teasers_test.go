package summarize

import (
	"slices"
	"strings"
	"testing"

	"briefbot"
)

func TestCleanCutsTeasers(t *testing.T) {
	tests := []struct {
		name string
		in   []string
		want []string
	}{
		{"a block of lines under its heading",
			[]string{
				"Flooding closed the main road into Millbrook on Tuesday, officials said.",
				"Related stories",
				"Storm damage: Harbourside pier to reopen in Kingsport",
				"",
				"Ferry strike ends in Port Allen",
				"The council said repairs would take a week.",
			},
			[]string{
				"Flooding closed the main road into Millbrook on Tuesday, officials said.",
				"The council said repairs would take a week.",
			}},
		{"a run of headlines inside a paragraph",
			[]string{
				"Flooding closed the main road into Millbrook on Tuesday. RELATED STORIES 'PIER PRESSURE' Harbourside pier to reopen in Kingsport after storm FERRY FURY Strike ends in Port Allen... is it over? Council workers cleared the road by noon. The council said repairs would take a week.",
			},
			[]string{
				"Flooding closed the main road into Millbrook on Tuesday. The council said repairs would take a week.",
			}},
		{"a run after a caption without a stop",
			[]string{
				"Workers clear the road Related stories FERRY FURY Strike ends in Port Allen The council said repairs would take a week. Traffic resumed at noon.",
			},
			[]string{
				"Workers clear the road Traffic resumed at noon.",
			}},
		{"a headline closed by read more",
			[]string{
				"Water rose fast in Millbrook. Ferry strike ends in Port Allen | Jane Doe Read more The council said repairs would take a week.",
				"Storm damage: Harbourside pier to reopen in Kingsport",
				"Read more",
				"Traffic resumed at noon.",
			},
			[]string{
				"Water rose fast in Millbrook. The council said repairs would take a week.",
				"Traffic resumed at noon.",
			}},
		{"a French block before the dateline",
			[]string{
				"Sur le même sujet Inondations 2024",
				"",
				"Inondations : la digue cède à Villeneuve",
				"Inondations : le pont de Montfort rouvre",
				"",
				"12 mars 2024 . –",
				"La crue a coupé la route de Beaulieu mardi.",
			},
			[]string{
				"12 mars 2024 . –",
				"La crue a coupé la route de Beaulieu mardi.",
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Clean(strings.Join(tt.in, "\n"))
			if want := strings.Join(tt.want, "\n"); got != want {
				t.Errorf("Clean() =\n%s\nwant\n%s", got, want)
			}
			if again := Clean(got); again != got {
				t.Errorf("Clean is not idempotent:\n%s", again)
			}
		})
	}
}

func TestCleanKeepsProseAboutStories(t *testing.T) {
	for _, line := range []string{
		"The paper ran two related stories on the flood. Readers wrote in.",
		"You can read more about the repairs on the council's website.",
		"Officials said the closure was related to the storm. Read more Tuesday.",
	} {
		if got := Clean(line); got != line {
			t.Errorf("Clean(%q) = %q, want it kept", line, got)
		}
	}
}

// TestWhereSkipsTeasers checks that the places of other stories' headlines
// listed inside an article do not become its place.
func TestWhereSkipsTeasers(t *testing.T) {
	doc := briefbot.Document{
		Title: "Chocolate fans angry as bars shrink",
		Text: "Fans were furious after the maker cut the size of two bars. Related stories SWEET DEAL " +
			"Free sweets handed out to children in Brussels BITTER END Sweet shop in Brussels closes after " +
			"a century SOUR NOTE Brussels bakers strike over sugar prices Customers posted angry messages " +
			"online. One said the new shape looked silly.",
		Published: day(2024, 3, 13),
	}
	s := MustSummarize(t, doc)
	if slices.Contains(s.Where, "Brussels") || slices.Contains(s.Where, "Belgium") {
		t.Errorf("Where = %v, want no place of the teasers", s.Where)
	}
}
