package extract

import "testing"

func TestAgree(t *testing.T) {
	const lead = "Dock workers returned to work on Thursday after a three-day strike over pay."
	tests := []struct {
		name, chosen, filtered, want string
	}{
		{"vetoes what the filter dropped", "First paragraph of the story.\nAdvertisement\nBuy cheap flights now\nSecond paragraph.",
			"First paragraph of the story.\nSecond paragraph.", "First paragraph of the story.\nSecond paragraph."},
		{"restores the lead", "Body one.\nBody two.", lead + "\nBody one.\nBody two.", lead + "\nBody one.\nBody two."},
		{"a repeated paragraph is no lead", lead + "\n" + lead, lead + "\n" + lead, lead + "\n" + lead},
		{"a byline is no lead", "Body one.\nBody two.", "By Mary Okafor, 26 November\nBody one.\nBody two.", "Body one.\nBody two."},
		{"disagreement keeps readability", "Comment one is long enough here.\nComment two.", "Something else entirely.", "Comment one is long enough here.\nComment two."},
		{"soft hyphens and zero-width spaces", "Le pre" + "mier étage.\nBody two.\nBody three.",
			"Le pre\u00admier\u200b étage.\nBody two.\nBody three.", "Le premier étage.\nBody two.\nBody three."},
		{"a lead with a soft hyphen", "Body one.\nBody two.", "Dock workers re\u00adturned to work on Thursday after a three-day strike over pay.\nBody one.\nBody two.",
			lead + "\nBody one.\nBody two."},
		{"only menus", "Home\nNews Sport", "", ""},
		{"filter alone", "", "Body one.", "Body one."},
		{"drops ad labels", "This body paragraph holds a whole sentence of ten words or more.\nPublicité", "",
			"This body paragraph holds a whole sentence of ten words or more."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := agree(tt.chosen, tt.filtered); got != tt.want {
				t.Errorf("agree =\n%q\nwant\n%q", got, tt.want)
			}
		})
	}
}
