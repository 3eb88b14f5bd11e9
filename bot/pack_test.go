package bot

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestPack(t *testing.T) {
	size := utf8.RuneCountInString
	whole := func(p string, _ int) []string { return []string{p} }
	byLine := func(p string, limit int) []string {
		if size(p) <= limit {
			return []string{p}
		}
		return strings.Split(p, "\n")
	}
	tests := []struct {
		ps    []string
		limit int
		fit   func(string, int) []string
		want  []string
	}{
		{[]string{"aaa", "bbb", "ccc"}, 8, whole, []string{"aaa\n\nbbb", "ccc"}},
		{[]string{"aaa", "bbb"}, 7, whole, []string{"aaa", "bbb"}}, // 3+2+3 > 7
		{[]string{"ééé", "bbb"}, 8, whole, []string{"ééé\n\nbbb"}}, // measured in characters, not bytes
		{[]string{"one\ntwo\nthree", "four"}, 9, byLine, []string{"one\n\ntwo", "three", "four"}},
		{nil, 10, whole, nil},
	}
	for _, tt := range tests {
		if got := Pack(tt.ps, tt.limit, size, tt.fit); !slices.Equal(got, tt.want) {
			t.Errorf("Pack(%q, %d) = %q, want %q", tt.ps, tt.limit, got, tt.want)
		}
	}
}
