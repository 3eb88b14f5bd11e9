package summarize

import "testing"

// TestParseDatelineAfterCaption checks that the caption word a page leaves
// of a picture does not hide the dateline after it, and that a paragraph
// opening on the word as a word keeps it.
func TestParseDatelineAfterCaption(t *testing.T) {
	tests := []struct {
		name, par, place, rest string
	}{
		{"caption then dateline", "Photo OSLO -- The city council voted on Monday to close the harbour.",
			"Oslo", "The city council voted on Monday to close the harbour."},
		{"no caption", "OSLO -- The city council voted on Monday to close the harbour.",
			"Oslo", "The city council voted on Monday to close the harbour."},
		{"the word opens a sentence", "Photo booths are back in fashion, a survey says.",
			"", "Photo booths are back in fashion, a survey says."},
		{"a capitalised word and no dateline", "Video Games Weekly closed its doors on Monday.",
			"", "Video Games Weekly closed its doors on Monday."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dl, rest := parseDateline(tt.par, "en")
			if dl.place != tt.place || rest != tt.rest {
				t.Errorf("parseDateline = %q, %q; want %q, %q", dl.place, rest, tt.place, tt.rest)
			}
		})
	}
}
