package llm

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"regexp"
	"strings"

	"briefbot/lang"
)

const translateVersion = "translate-1"

// Translator translates the What and one-line summary of stories into a
// chat's language, one request for a whole brief, keeping names and links.
type Translator struct {
	Client *Client
	Cache  *Cache       // may be nil
	Log    *slog.Logger // nil: none
}

// Line is what is translated of one story.
type Line struct {
	What, Summary string
	Lang          string   // the story's language
	Names         []string // its people and organisations, kept as written
}

type modelLines struct {
	Items []struct {
		What    string `json:"what"`
		Summary string `json:"summary"`
	} `json:"items"`
}

// Translate returns lines in the language to. A line already in it is
// left alone, and so is every line the model fails on or changes a name
// or link of (logged and counted); nothing here is ever an error.
func (t *Translator) Translate(ctx context.Context, lines []Line, to string) []Line {
	out := append([]Line(nil), lines...)
	var ask []int // the lines to translate, by index
	for i, l := range lines {
		var cached Line
		switch {
		case l.Lang == "" || l.Lang == to:
		case t.Cache.get(t.key(l, to), &cached):
			out[i] = cached
		default:
			ask = append(ask, i)
		}
	}
	if len(ask) == 0 {
		return out
	}
	var m modelLines
	if err := t.Client.Ask(ctx, translatePrompt(lines, ask, to), &m); err != nil {
		t.Client.fellBack(t.Log, TaskTranslate, err, "story lines kept in their language")
		return out
	}
	if len(m.Items) != len(ask) {
		t.Client.fellBack(t.Log, TaskTranslate, &Failure{Reason: ReasonInvalid, Msg: fmt.Sprintf("%d lines back for %d", len(m.Items), len(ask))}, "story lines kept in their language")
		return out
	}
	for j, i := range ask {
		tr := Line{What: m.Items[j].What, Summary: m.Items[j].Summary, Lang: to, Names: lines[i].Names}
		if err := checkTranslation(lines[i], tr); err != nil {
			t.Client.fellBack(t.Log, TaskTranslate, &Failure{Reason: ReasonInvalid, Msg: err.Error()}, "story line kept in its language")
			continue
		}
		out[i] = tr
		t.Cache.put(t.key(lines[i], to), tr)
	}
	return out
}

func (t *Translator) key(l Line, to string) string {
	return key(translateVersion, t.Client.Model, to, l.Lang, l.What, l.Summary, strings.Join(l.Names, "\x1f"))
}

var linkPattern = regexp.MustCompile(`https?://\S+`)

// checkTranslation refuses a translation that lost a name the original
// says, or a link, or came back empty.
func checkTranslation(orig, tr Line) error {
	if (orig.What != "" && strings.TrimSpace(tr.What) == "") || (orig.Summary != "" && strings.TrimSpace(tr.Summary) == "") {
		return fmt.Errorf("a translation came back empty")
	}
	src, dst := " "+strings.Join(lang.Words(orig.What+"\n"+orig.Summary), " ")+" ", " "+strings.Join(lang.Words(tr.What+"\n"+tr.Summary), " ")+" "
	for _, n := range orig.Names {
		if occurs(n, src) && !occurs(n, dst) {
			return fmt.Errorf("the translation drops the name %q", n)
		}
	}
	for _, link := range linkPattern.FindAllString(orig.What+" "+orig.Summary, -1) {
		if !strings.Contains(tr.What+" "+tr.Summary, link) {
			return fmt.Errorf("the translation changes the link %s", link)
		}
	}
	return nil
}

func translatePrompt(lines []Line, ask []int, to string) Prompt {
	type item struct {
		Lang    string `json:"lang"`
		What    string `json:"what"`
		Summary string `json:"summary"`
	}
	var in []item
	for _, i := range ask {
		in = append(in, item{lines[i].Lang, lines[i].What, lines[i].Summary})
	}
	js, _ := json.Marshal(map[string]any{"items": in})
	sys := fmt.Sprintf(translateSystem, langOr(to))
	return Prompt{Task: TaskTranslate, Name: "translation", Schema: translateSchema, User: string(js), System: sys}
}

const translateSystem = `You translate news lines into %s. You get a JSON object with items, each a what and a summary of one story; reply with the same number of items, in the same order, each translated.
Keep every person's and organisation's name, every figure and every link exactly as written; translate nothing else into the lines, add nothing, leave nothing out.`

var translateSchema = map[string]any{
	"type": "object",
	"properties": map[string]any{
		"items": map[string]any{"type": "array", "items": map[string]any{
			"type": "object",
			"properties": map[string]any{
				"what":    map[string]any{"type": "string"},
				"summary": map[string]any{"type": "string"},
			},
			"required":             []string{"what", "summary"},
			"additionalProperties": false,
		}},
	},
	"required":             []string{"items"},
	"additionalProperties": false,
}
