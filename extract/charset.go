package extract

import (
	"bytes"
	"io"
	"regexp"
	"strings"
	"unicode/utf8"

	"briefbot/htmltext"
)

// prescanBytes is how far into a page a <meta charset> is looked for.
const prescanBytes = 4096

// metaCharset finds a charset declared by a <meta> element:
// <meta charset="…"> or <meta http-equiv="Content-Type" content="…; charset=…">.
var metaCharset = regexp.MustCompile(`(?i)<meta\s[^>]*charset\s*=\s*["']?\s*([a-z0-9_:.+-]+)`)

// toUTF8 decodes a page to UTF-8 by, in order: a byte-order mark, the
// charset of the HTTP header, the page's <meta charset>, and else UTF-8 when
// the bytes are valid UTF-8 and Windows-1252 when they are not, as browsers
// do. Bytes that are valid UTF-8 stay UTF-8 even when the page claims
// Latin-1, a common mistake of servers. Undecodable bytes become U+FFFD.
// It is the one charset sniffer of web pages and HTML files alike.
func toUTF8(data []byte, headerCharset string) []byte {
	if rest, ok := bytes.CutPrefix(data, []byte("\xef\xbb\xbf")); ok {
		return bytes.ToValidUTF8(rest, []byte("\uFFFD"))
	}
	if bytes.HasPrefix(data, []byte("\xff\xfe")) {
		return decodeAs(data[2:], "utf-16le")
	}
	if bytes.HasPrefix(data, []byte("\xfe\xff")) {
		return decodeAs(data[2:], "utf-16be")
	}
	for _, label := range []string{headerCharset, declaredCharset(data)} {
		label = strings.ToLower(strings.TrimSpace(label))
		if label == "" {
			continue
		}
		if isUTF8Label(label) || (isLatinLabel(label) && utf8.Valid(data)) {
			return bytes.ToValidUTF8(data, []byte("\uFFFD"))
		}
		if out := decodeAs(data, label); out != nil {
			return out
		}
	}
	if utf8.Valid(data) {
		return data
	}
	return decodeAs(data, "windows-1252")
}

// declaredCharset is the charset of the page's <meta>. A page whose
// bytes could be read for the declaration is not UTF-16, whatever it
// says: the HTML standard reads a declared UTF-16 as UTF-8.
func declaredCharset(data []byte) string {
	m := metaCharset.FindSubmatch(data[:min(len(data), prescanBytes)])
	if m == nil {
		return ""
	}
	if label := strings.ToLower(string(m[1])); strings.HasPrefix(label, "utf-16") {
		return "utf-8"
	}
	return string(m[1])
}

// decodeAs decodes data from the named charset; nil when the name is
// unknown.
func decodeAs(data []byte, label string) []byte {
	r, err := htmltext.CharsetReader(label, bytes.NewReader(data))
	if err != nil {
		return nil
	}
	out, err := io.ReadAll(r)
	if err != nil {
		return nil
	}
	return bytes.ToValidUTF8(out, []byte("\uFFFD"))
}

func isUTF8Label(label string) bool {
	return label == "utf-8" || label == "utf8" || label == "unicode-1-1-utf-8"
}

// isLatinLabel names the charsets that the web reads as Windows-1252.
func isLatinLabel(label string) bool {
	switch label {
	case "iso-8859-1", "iso8859-1", "latin1", "l1", "windows-1252", "cp1252", "us-ascii", "ascii", "iso_8859-1":
		return true
	}
	return false
}
