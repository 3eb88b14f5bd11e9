package feedparse

import "testing"

func TestParseEncodingMistakes(t *testing.T) {
	tests := []struct{ name, data, title string }{
		{"latin-1 without a declaration", "<rss version=\"2.0\"><channel><title>Caf\xe9</title><item><title>Cr\xe8me</title></item></channel></rss>", "Crème"},
		{"latin-1 in a declaration without encoding", "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><item><title>Cr\xe8me</title></item></channel></rss>", "Crème"},
		{"utf-8 under an unknown name", "<?xml version=\"1.0\" encoding=\"invalid\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><title>Café</title></entry></feed>", "Café"},
		{"a stray byte in utf-8", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><item><title>Caf\xe9 crème</title></item></channel></rss>", "Caf\uFFFD crème"},
		{"latin-1 declared", "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss version=\"2.0\"><channel><item><title>Cr\xe8me</title></item></channel></rss>", "Crème"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := Parse([]byte(tt.data), "https://feeds.example/rss")
			if err != nil {
				t.Fatal(err)
			}
			if len(f.Items) != 1 || f.Items[0].Title != tt.title {
				t.Errorf("items = %+v, want one titled %q", f.Items, tt.title)
			}
		})
	}
}
