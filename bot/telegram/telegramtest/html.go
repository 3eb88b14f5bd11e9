package telegramtest

import (
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"net/url"
	"strings"
	"unicode/utf16"
)

// maxUnits is the longest text Telegram takes, in UTF-16 code units after
// entity parsing.
const maxUnits = 4096

// tags are the tags Telegram's HTML parse mode accepts.
var tags = map[string]bool{
	"b": true, "strong": true, "i": true, "em": true, "u": true, "ins": true, "s": true,
	"strike": true, "del": true, "a": true, "code": true, "pre": true, "span": true,
	"tg-spoiler": true, "blockquote": true,
}

// refused says why Telegram would refuse a message's text, as the real Bot
// API does: over 4096 UTF-16 units after entity parsing, or HTML it cannot
// parse. It returns "" for text Telegram takes.
func refused(method string, form url.Values) string {
	if method != "sendMessage" && method != "editMessageText" {
		return ""
	}
	text := form.Get("text")
	if form.Get("parse_mode") == "HTML" {
		plain, err := PlainText(text)
		if err != nil {
			return "can't parse entities: " + err.Error()
		}
		text = plain
	}
	if n := len(utf16.Encode([]rune(text))); n > maxUnits {
		return fmt.Sprintf("message is too long (%d UTF-16 units)", n)
	}
	return ""
}

// PlainText reads text as Telegram's HTML parse mode does and returns the
// text it shows, or why it cannot be read.
func PlainText(text string) (string, error) {
	dec := xml.NewDecoder(strings.NewReader("<m>" + text + "</m>"))
	dec.Strict = true
	var plain strings.Builder
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			return plain.String(), nil
		}
		if err != nil {
			return "", err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if t.Name.Local != "m" && !tags[t.Name.Local] {
				return "", fmt.Errorf("unsupported start tag %q", t.Name.Local)
			}
		case xml.CharData:
			plain.Write(t)
		}
	}
}

// Text is the text a sendMessage or editMessageText call shows, its markup
// read as Telegram reads it.
func (c Call) Text() string {
	text := c.Form.Get("text")
	if c.Form.Get("parse_mode") != "HTML" {
		return text
	}
	plain, err := PlainText(text)
	if err != nil {
		return text
	}
	return plain
}

// Button is one button of an inline keyboard.
type Button struct {
	Text string `json:"text"`
	Data string `json:"callback_data"`
}

// Buttons are the inline keyboard's buttons a call sent, row by row.
func (c Call) Buttons() []Button {
	var markup struct {
		Keyboard [][]Button `json:"inline_keyboard"`
	}
	if err := json.Unmarshal([]byte(c.Form.Get("reply_markup")), &markup); err != nil {
		return nil
	}
	var out []Button
	for _, row := range markup.Keyboard {
		out = append(out, row...)
	}
	return out
}
