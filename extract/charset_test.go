package extract

import (
	"testing"
)

func TestToUTF8(t *testing.T) {
	tests := []struct {
		name, data, header, want string
	}{
		{"utf-8 undeclared", "<p>Grève à Lille</p>", "", "<p>Grève à Lille</p>"},
		{"latin-1 by header", "<p>Gr\xe8ve \xe0 Lille</p>", "iso-8859-1", "<p>Grève à Lille</p>"},
		{"latin-1 by meta", "<meta charset=\"latin1\"><p>Gr\xe8ve</p>", "", "<meta charset=\"latin1\"><p>Grève</p>"},
		{"http-equiv meta", "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\"><p>\xcf\xf0\xe8\xe2\xe5\xf2</p>", "",
			"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\"><p>Привет</p>"},
		{"header wins over meta", "<meta charset=\"windows-1251\"><p>\xe9t\xe9</p>", "iso-8859-1", "<meta charset=\"windows-1251\"><p>été</p>"},
		{"undeclared and not utf-8", "<p>caf\xe9 \x93cr\xe8me\x94</p>", "", "<p>café “crème”</p>"},
		{"utf-8 mislabelled latin-1", "<p>Grève</p>", "ISO-8859-1", "<p>Grève</p>"},
		{"utf-8 bom", "\xef\xbb\xbf<p>été</p>", "iso-8859-1", "<p>été</p>"},
		{"utf-16le bom", "\xff\xfe<\x00p\x00>\x00\xe9\x00", "", "<p>é"},
		{"broken utf-8", "<meta charset=utf-8><p>a\xffb</p>", "", "<meta charset=utf-8><p>a\uFFFDb</p>"},
		{"unknown label", "<p>été</p>", "x-klingon", "<p>été</p>"},
		{"utf-16 declared in ascii bytes", "<meta charset=\"utf-16\"><p>été</p>", "", "<meta charset=\"utf-16\"><p>été</p>"},
		{"shift_jis by header", "<p>\x93\xfa\x96\x7b</p>", "Shift_JIS", "<p>日本</p>"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := string(toUTF8([]byte(tt.data), tt.header)); got != tt.want {
				t.Errorf("toUTF8 = %q, want %q", got, tt.want)
			}
		})
	}
}
