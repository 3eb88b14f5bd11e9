package telegram

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"slices"
	"strings"
	"testing"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"briefbot"
)

// connectBot is a bot over api that records its waits, connection changes
// and logs.
func connectBot(api *fakeAPI) (*Bot, *[]time.Duration, *[]bool, *bytes.Buffer) {
	var slept []time.Duration
	var ups []bool
	var logs bytes.Buffer
	b := &Bot{api: api, log: slog.New(slog.NewTextHandler(&logs, nil)),
		sleep:       func(_ context.Context, d time.Duration) error { slept = append(slept, d); return nil },
		onConnected: func(up bool) { ups = append(ups, up) }}
	return b, &slept, &ups, &logs
}

func TestConnectRetriesWhileTelegramIsUnreachable(t *testing.T) {
	down := errors.New(`Post "https://api.telegram.org/bot<token>/getMe": dial tcp: connection refused`)
	failures := []error{down, down, down, down, down, down, down, down, down, down, &tgbotapi.Error{Code: 502, Message: "Bad Gateway"}}
	api := &fakeAPI{getMe: slices.Clone(failures)}
	b, slept, ups, logs := connectBot(api)
	if err := b.Connect(context.Background()); err != nil {
		t.Fatal(err)
	}
	want := []time.Duration{1, 2, 4, 8, 16, 32, 64, 128, 256, 300, 300}
	for i := range want {
		want[i] *= time.Second
	}
	if !slices.Equal(*slept, want) {
		t.Errorf("waits = %v, want %v (doubling, capped at 5m)", *slept, want)
	}
	if got := strings.Count(logs.String(), "Bot API not reachable; retrying"); got != len(failures) {
		t.Errorf("%d retry log lines, want one per attempt (%d):\n%s", got, len(failures), logs.String())
	}
	if b.Username() != "brief_bot" || !slices.Equal(*ups, []bool{true}) {
		t.Errorf("username %q, connected %v; want brief_bot, [true]", b.Username(), *ups)
	}
}

func TestConnectWaitsAsLongAsFloodControlAsks(t *testing.T) {
	api := &fakeAPI{getMe: []error{&tgbotapi.Error{Code: 429, Message: "Too Many Requests",
		ResponseParameters: tgbotapi.ResponseParameters{RetryAfter: 17}}}}
	b, slept, _, _ := connectBot(api)
	if err := b.Connect(context.Background()); err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(*slept, []time.Duration{17 * time.Second}) {
		t.Errorf("waits = %v, want [17s]", *slept)
	}
}

func TestConnectRefusedTokenIsFatal(t *testing.T) {
	for _, code := range []int{401, 404} {
		api := &fakeAPI{getMe: []error{&tgbotapi.Error{Code: code, Message: "Unauthorized"}}}
		b, slept, ups, _ := connectBot(api)
		err := b.Connect(context.Background())
		if briefbot.ErrorCode(err) != briefbot.EInvalid || !strings.Contains(err.Error(), "refused the bot token") {
			t.Errorf("%d: err = %v, want an EInvalid token refusal", code, err)
		}
		if len(*slept) != 0 || api.getMes != 1 || len(*ups) != 0 {
			t.Errorf("%d: %d waits, %d getMe calls, connected %v; want none, 1, none", code, len(*slept), api.getMes, *ups)
		}
	}
}

func TestConnectStopsWithItsContext(t *testing.T) {
	down := errors.New("dial tcp: connection refused")
	api := &fakeAPI{getMe: []error{down, down, down, down}}
	b, _, _, _ := connectBot(api)
	ctx, cancel := context.WithCancel(context.Background())
	b.sleep = func(context.Context, time.Duration) error { cancel(); return context.Canceled }
	if err := b.Connect(ctx); !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v, want context.Canceled", err)
	}
	if api.getMes != 1 {
		t.Errorf("%d getMe calls after the stop, want 1", api.getMes)
	}
}
