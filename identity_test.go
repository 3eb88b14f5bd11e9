package briefbot

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"testing"
	"unicode"
)

func TestCanonicalURL(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"host case and fragment", "HTTPS://Example.COM/News/a?b=1#top", "https://example.com/News/a?b=1"},
		{"tracking params", "https://example.com/a?utm_source=x&id=7&fbclid=abc&UTM_Medium=y", "https://example.com/a?id=7"},
		{"default port", "http://example.com:80/a", "http://example.com/a"},
		{"sorted query", "https://example.com/a?z=1&a=2", "https://example.com/a?a=2&z=1"},
		{"empty path", "https://example.com", "https://example.com/"},
		{"not a url", "  file.txt ", "file.txt"},
		{"other scheme", "ftp://example.com/a", "ftp://example.com/a"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := CanonicalURL(tt.in); got != tt.want {
				t.Errorf("CanonicalURL(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestContentHash(t *testing.T) {
	a := ContentHash("Seoul, Sept. 22 — The ministers met.\n\nThey agreed.")
	b := ContentHash("seoul  sept 22 -- the ministers met. they   agreed!")
	if a != b {
		t.Errorf("hash differs for the same words: %s vs %s", a, b)
	}
	if c := ContentHash("Seoul, Sept. 23 — The ministers met."); c == a {
		t.Errorf("hash equal for different words")
	}
}

func TestErrorCodeAndMessage(t *testing.T) {
	err := Errorf(EInvalid, "topic is too long (%d characters)", 5000)
	if got := ErrorCode(err); got != EInvalid {
		t.Errorf("code = %q", got)
	}
	if got := ErrorMessage(err); got != "topic is too long (5000 characters)" {
		t.Errorf("message = %q", got)
	}
	internal := &Error{Code: EInternal, Message: "db path /secret", Err: err}
	if got := ErrorMessage(internal); got == internal.Message {
		t.Errorf("internal message leaked to user: %q", got)
	}
}

// contentHashReference is the first, plain implementation of
// ContentHash: the faster one must give exactly its hashes, which stores
// keep.
func contentHashReference(text string) string {
	var b strings.Builder
	space := false
	for _, r := range strings.ToLower(text) {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(r)
		default:
			space = true
		}
	}
	sum := sha256.Sum256([]byte(b.String()))
	return hex.EncodeToString(sum[:16])
}

func TestContentHashMatchesReference(t *testing.T) {
	for _, text := range referenceTexts() {
		if got, want := ContentHash(text), contentHashReference(text); got != want {
			t.Fatalf("ContentHash(%.40q) = %s, want %s", text, got, want)
		}
	}
}

func TestFingerprintsMatchReferences(t *testing.T) {
	for _, text := range referenceTexts() {
		hash, sim := Fingerprints(text)
		if want := contentHashReference(text); hash != want {
			t.Fatalf("Fingerprints(%.40q) hash = %s, want %s", text, hash, want)
		}
		if want := simHashReference(text); sim != want {
			t.Fatalf("Fingerprints(%.40q) SimHash = %x, want %x", text, sim, want)
		}
	}
}

// FuzzTextFingerprints checks that ContentHash and SimHash give the
// reference implementations' results on any text.
func FuzzTextFingerprints(f *testing.F) {
	for _, s := range []string{"", "one", "a b", "Seoul, Sept. 22 — ÉTÉ", "\xff\xfe İstanbul ǅ", wire} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := ContentHash(s), contentHashReference(s); got != want {
			t.Errorf("ContentHash = %s, want %s", got, want)
		}
		if got, want := SimHash(s), simHashReference(s); got != want {
			t.Errorf("SimHash = %x, want %x", got, want)
		}
		if hash, sim := Fingerprints(s); hash != ContentHash(s) || sim != SimHash(s) {
			t.Errorf("Fingerprints = %s, %x; want ContentHash's and SimHash's", hash, sim)
		}
	})
}

func BenchmarkContentHash(b *testing.B) {
	text := strings.Repeat(wire+"\n", 6) // about 3 KB
	for b.Loop() {
		ContentHash(text)
	}
}
