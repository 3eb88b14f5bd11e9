package platformtest

import (
	"context"
	"strconv"
	"sync"

	"briefbot"
	"briefbot/bot"
)

// lastPage is the last page /page has.
const lastPage = 8

// The actions under every page.
var (
	next = bot.Action{Label: "Next", Command: "/page 2", Replace: true} // its Command is the page's next
	echo = bot.Action{Label: "Echo", Command: "/echo pressed"}
)

// stub is the suite's router: a few commands that say what they were
// asked, and a record of the requests that reached one of them.
type stub struct {
	mu  sync.Mutex
	ran []bot.Request
}

func newStub() (*bot.Router, *stub) {
	s := &stub{}
	r := bot.NewRouter(nil)
	r.FollowUp = "question"
	r.Add(
		bot.Command{Name: "echo", Args: "<text>", Help: "says the text back", Run: s.echo},
		bot.Command{Name: "page", Args: "<n>", Help: "one page of stories", Run: s.page},
		bot.Command{Name: "question", Args: "<question>", Help: "answers a question", Run: s.question},
		bot.Command{Name: "unlisted", Help: "a command only buttons run", Hidden: true, Run: s.echo},
	)
	return r, s
}

// requests are the requests that reached a command.
func (s *stub) requests() []bot.Request {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]bot.Request(nil), s.ran...)
}

func (s *stub) record(req bot.Request) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.ran = append(s.ran, req)
}

func (s *stub) echo(_ context.Context, req bot.Request, args string) (bot.Message, error) {
	s.record(req)
	return bot.Text("echo: " + args), nil
}

func (s *stub) question(_ context.Context, req bot.Request, args string) (bot.Message, error) {
	s.record(req)
	return bot.Text("answer: " + args), nil
}

// page answers /page n with two stories and the actions Next and Echo;
// there is no page after lastPage.
func (s *stub) page(_ context.Context, req bot.Request, args string) (bot.Message, error) {
	s.record(req)
	n, err := strconv.Atoi(args)
	if err != nil || n < 1 || n > lastPage {
		return bot.Message{}, briefbot.Errorf(briefbot.EInvalid, "There is no page %s.", args)
	}
	p := strconv.Itoa(n)
	more := next
	more.Command = "/page " + strconv.Itoa(n+1)
	return bot.Message{Title: "Page " + p,
		Items: []bot.Item{
			{Headline: "Story " + p + ".1", Sources: []bot.Source{{Name: "Wire", URL: "https://example.com/" + p}}},
			{Headline: "Story " + p + ".2"},
		},
		Actions: []bot.Action{more, echo}}, nil
}
