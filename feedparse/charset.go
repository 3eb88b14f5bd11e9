package feedparse

import (
	"bytes"
	"io"
	"regexp"
	"strings"
	"unicode/utf8"

	"briefbot/htmltext"
)

// xmlEncoding finds the encoding that an XML declaration names.
var xmlEncoding = regexp.MustCompile(`^\s*<\?xml[^>]*?\sencoding\s*=\s*["']([^"']*)["']`)

// toUTF8 repairs the encoding mistakes of real feeds that the XML parser
// refuses whole. Bytes that are not UTF-8 in a feed that declares no
// encoding are read as Windows-1252, as browsers do; in a feed that
// declares UTF-8 they become U+FFFD. A feed whose bytes are UTF-8 is read
// as UTF-8 when it names an encoding no one knows. Any other feed is
// returned as it is, for the parser to decode by its declaration.
func toUTF8(data []byte) []byte {
	if bytes.HasPrefix(data, []byte("\xef\xbb\xbf")) {
		return data
	}
	label, at := "", -1
	if m := xmlEncoding.FindSubmatchIndex(data[:min(len(data), 256)]); m != nil {
		label, at = strings.ToLower(strings.TrimSpace(string(data[m[2]:m[3]]))), m[2]
	}
	valid := utf8.Valid(data)
	switch {
	case valid && label != "" && !knownCharset(label):
		out := append([]byte(nil), data[:at]...)
		out = append(out, "utf-8"...)
		return append(out, data[at+len(label):]...)
	case valid:
		return data
	case label == "":
		if out, err := decode(data, "windows-1252"); err == nil {
			return out
		}
	case label == "utf-8" || label == "utf8":
		return bytes.ToValidUTF8(data, []byte("\uFFFD"))
	}
	return data
}

func knownCharset(label string) bool {
	_, err := htmltext.CharsetReader(label, bytes.NewReader(nil))
	return err == nil
}

func decode(data []byte, label string) ([]byte, error) {
	r, err := htmltext.CharsetReader(label, bytes.NewReader(data))
	if err != nil {
		return nil, err
	}
	return io.ReadAll(r)
}
