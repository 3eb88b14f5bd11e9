package discord

import (
	"fmt"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"

	"briefbot/bot"
)

// Discord's limits on one message.
const (
	maxContent    = 2000 // characters of content
	maxEmbeds     = 10   // embeds
	maxEmbedTotal = 6000 // characters over all its embeds
	maxTitle      = 256
	maxEmbedText  = 4096 // an embed's description
	maxFields     = 25
	maxFieldName  = 256
	maxFieldValue = 1024
	maxFooter     = 2048
)

// Tighter bounds for a story, so that any story fits in one embed within
// maxEmbedTotal: 256 + 1024 + 5 × (10 + 256) + 1034 < 6000.
const (
	maxSummary = 1024 // a story's one-line summary
	maxFact    = 256  // Who, What, Where, When
)

// part is one Discord message of a reply.
type part struct {
	content string
	embeds  []*discordgo.MessageEmbed
}

// render writes a reply as Discord messages within Discord's limits: its
// title and lines as the content, one embed per story (see itemEmbed),
// the footer as an embed after them, and, for a reply without stories,
// its title, lines and footer as content. What does not fit in one message
// goes on in the next, cut between paragraphs, lines or words. Every
// string that comes from a user or an article is escaped.
func render(m bot.Message) []part {
	if m.Empty() {
		return nil
	}
	head := []string{}
	if m.Title != "" {
		head = append(head, "**"+clip(esc(m.Title), maxTitle)+"**")
	}
	if len(m.Lines) > 0 {
		head = append(head, esc(strings.Join(m.Lines, "\n")))
	}
	if len(m.Items) == 0 {
		if len(m.Footer) > 0 {
			head = append(head, esc(strings.Join(m.Footer, "\n")))
		}
		return pack(bot.Pack(head, maxContent, units, fit), nil)
	}
	var embeds []*discordgo.MessageEmbed
	l := bot.LabelsFor(m.Lang)
	for i, it := range m.Items {
		embeds = append(embeds, itemEmbed(m.Number(i), it, l))
	}
	if len(m.Footer) > 0 {
		embeds = append(embeds, &discordgo.MessageEmbed{Description: clip(esc(strings.Join(m.Footer, "\n")), maxEmbedText)})
	}
	return pack(bot.Pack(head, maxContent, units, fit), embeds)
}

// pack puts the contents first, one message each, and the embeds after
// them in as few messages as Discord's limits allow, the first with the
// last content.
func pack(contents []string, embeds []*discordgo.MessageEmbed) []part {
	var parts []part
	cur := part{}
	if n := len(contents); n > 0 {
		for _, c := range contents[:n-1] {
			parts = append(parts, part{content: c})
		}
		cur.content = contents[n-1]
	}
	size := 0
	for _, e := range embeds {
		s := embedSize(e)
		if len(cur.embeds) == maxEmbeds || len(cur.embeds) > 0 && size+s > maxEmbedTotal {
			parts = append(parts, cur)
			cur, size = part{}, 0
		}
		cur.embeds = append(cur.embeds, e)
		size += s
	}
	return append(parts, cur)
}

// embedSize counts an embed's text as Discord does towards maxEmbedTotal.
func embedSize(e *discordgo.MessageEmbed) int {
	n := units(e.Title) + units(e.Description)
	for _, f := range e.Fields {
		n += units(f.Name) + units(f.Value)
	}
	if e.Footer != nil {
		n += units(e.Footer.Text)
	}
	if e.Author != nil {
		n += units(e.Author.Name)
	}
	return n
}

// itemEmbed is one story: its number and headline as the title, linked
// to its first source; its one-line summary; Who, What, Where and When,
// and when it was published as a timestamp each reader sees in their own
// zone (with the date when it is older than the window asked); then its
// sources, linked.
func itemEmbed(n int, it bot.Item, l *bot.Labels) *discordgo.MessageEmbed {
	e := &discordgo.MessageEmbed{Title: clip(fmt.Sprintf("%d. %s", n, esc(it.Headline)), maxTitle)}
	if len(it.Sources) > 0 {
		e.URL = linkURL(it.Sources[0].URL)
	}
	if it.Summary.Summary != "" {
		e.Description = clip(esc(it.Summary.Summary), maxSummary)
	}
	s := it.Summary
	fact(e, l.Who, strings.Join(s.Who, ", "))
	fact(e, l.What, s.What)
	fact(e, l.Where, l.WhereOf(s))
	fact(e, l.When, bot.WhenOf(s))
	if !it.Seen.IsZero() {
		e.Fields = append(e.Fields, &discordgo.MessageEmbedField{Name: l.Published, Value: published(it), Inline: true})
		e.Timestamp = it.Seen.UTC().Format(time.RFC3339)
	}
	if len(it.Sources) > 0 {
		e.Fields = append(e.Fields, &discordgo.MessageEmbedField{Name: l.SourcesLabel(len(it.Sources)), Value: sourceLinks(it.Sources, maxFieldValue, l)})
	}
	return e
}

// fact adds an inline field when its value is not empty.
func fact(e *discordgo.MessageEmbed, name, value string) {
	if strings.TrimSpace(value) == "" {
		return
	}
	e.Fields = append(e.Fields, &discordgo.MessageEmbedField{Name: name, Value: clip(esc(value), maxFact), Inline: true})
}

// published is a story's time as Discord timestamps: "in 3 hours" as each
// reader reads it, and the date too for an older story.
func published(it bot.Item) string {
	unix := it.Seen.Unix()
	if it.Dated {
		return fmt.Sprintf("<t:%d:D> (<t:%d:R>)", unix, unix)
	}
	return fmt.Sprintf("<t:%d:R>", unix)
}

// sourceLinks lists sources as masked links, as many as fit in limit,
// then how many more there are.
func sourceLinks(srcs []bot.Source, limit int, l *bot.Labels) string {
	var out string
	for i, s := range srcs {
		link := sourceLink(s)
		more := ""
		if i < len(srcs)-1 {
			more = " · " + fmt.Sprintf(l.AndMore, len(srcs)-i-1)
		}
		switch {
		case i > 0 && units(out)+3+units(link)+units(more) > limit:
			return out + " · " + fmt.Sprintf(l.AndMore, len(srcs)-i)
		case i > 0:
			out += " · "
		}
		out += link
	}
	return clip(out, limit)
}

// sourceLink is a source's name linked to its address; the name alone
// when the address is no web address.
func sourceLink(s bot.Source) string {
	name := s.Name
	if name == "" {
		name = s.URL
	}
	u := linkURL(s.URL)
	if u == "" {
		return clip(esc(name), 100)
	}
	return "[" + clip(escLabel(name), 100) + "](" + u + ")"
}

// fit cuts a paragraph longer than limit into pieces of whole lines, as
// many as fit in each, and a line longer than limit at its last space
// within it (or anywhere when it has none), never inside an escape.
func fit(p string, limit int) []string {
	if units(p) <= limit {
		return []string{p}
	}
	var out []string
	for i, line := range lines(p, limit) {
		n := len(out) - 1
		switch {
		case i == 0 || units(out[n])+1+units(line) > limit:
			out = append(out, line)
		default:
			out[n] += "\n" + line
		}
	}
	return out
}

// lines are a paragraph's lines, each longer than limit cut in pieces.
func lines(p string, limit int) []string {
	var out []string
	for _, line := range strings.Split(p, "\n") {
		for ; units(line) > limit; line = strings.TrimLeft(line, " ") {
			head := strings.TrimSuffix(clip(line, limit+1), "…") // at most limit units
			if sp := strings.LastIndexByte(head, ' '); sp > len(head)/2 {
				head = head[:sp]
			}
			out = append(out, head)
			line = line[len(head):]
		}
		out = append(out, line)
	}
	return out
}
