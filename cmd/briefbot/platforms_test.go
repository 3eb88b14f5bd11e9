package main

import (
	"context"
	"io"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"briefbot/bot/discord/discordtest"
	"briefbot/bot/telegram/telegramtest"
)

// TestRunServesConsoleTelegramAndDiscordAtOnce runs the three platforms
// from one configuration in one process: each answers /brief korea, and
// the end of the console's input ends the run.
func TestRunServesConsoleTelegramAndDiscordAtOnce(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	tg := telegramtest.New(t)
	tg.Say(42, "private", 7, "/brief korea", 0)
	tgSent := make(chan string, 10)
	tg.SetIntercept(func(_ http.ResponseWriter, _ *http.Request, method string, form url.Values) bool {
		if method == "sendMessage" {
			tgSent <- form.Get("text")
		}
		return false
	})
	dc := discordtest.New(t, discordtest.Options{Guilds: []discordtest.Guild{{ID: "500", Name: "News", OwnerID: "1",
		Channels: []discordtest.Channel{{ID: "42", Name: "news"}}, Members: []discordtest.Member{{User: discordtest.User{ID: "1", Username: "owner"}}}}}})
	cfg := filepath.Join(t.TempDir(), "briefbot.yaml")
	body := "telegram:\n  api_endpoint: " + tg.Endpoint() + "\ndiscord:\n  api_base_url: " + dc.URL() + "\n  guild_id: \"500\"\n"
	if err := os.WriteFile(cfg, []byte(body), 0o600); err != nil {
		t.Fatal(err)
	}
	env := dbEnv(t)
	env["BRIEFBOT_CONFIG"] = cfg
	env["BRIEFBOT_TELEGRAM_TOKEN"] = telegramtest.Token
	env["BRIEFBOT_DISCORD_TOKEN"] = discordtest.Token

	stdin, typed := io.Pipe()
	var out, errb syncBuffer
	done := make(chan int, 1)
	go func() {
		done <- Main(ctx, Env{Args: []string{"run", "-console"}, Getenv: func(k string) string { return env[k] },
			Stdin: stdin, Stdout: &out, Stderr: &errb, Now: func() time.Time { return fixedNow }})
	}()
	if _, err := io.WriteString(typed, "/brief korea\n"); err != nil {
		t.Fatal(err)
	}
	if _, err := dc.WaitFor(ctx, discordtest.ByRoute(discordtest.RouteGuildCommands)); err != nil {
		t.Fatalf("Discord: no commands registered: %v\n%s", err, errb.String())
	}
	if err := dc.WaitGateway(ctx, func(g discordtest.GatewayState) bool { return g.Connected > 0 && g.Heartbeats > 0 }); err != nil {
		t.Fatalf("Discord: the gateway was never joined: %v\n%s", err, errb.String())
	}
	asked := dc.Command(discordtest.Origin{GuildID: "500", ChannelID: "42", User: discordtest.User{ID: "1", Username: "owner"}},
		"brief", discordtest.String("topic", "korea"))
	edit, err := dc.WaitFor(ctx, func(c discordtest.Call) bool {
		return c.Route == discordtest.RouteWebhookEdit && c.Interaction == asked.ID
	})
	if err != nil {
		t.Fatalf("Discord: the brief never came: %v\n%s", err, errb.String())
	}
	if m := edit.Message(); len(m.Embeds) == 0 || !strings.Contains(m.Content+m.Embeds[0].Title, "Korea") {
		t.Errorf("Discord's brief = %+v", m)
	}
	select {
	case text := <-tgSent:
		if !strings.Contains(text, "Korea") {
			t.Errorf("Telegram's brief = %q", text)
		}
	case <-ctx.Done():
		t.Fatalf("Telegram: the brief never came\n%s", errb.String())
	}
	typed.Close() // Ctrl-D
	if code := <-done; code != 0 {
		t.Fatalf("exit %d:\n%s", code, errb.String())
	}
	if !strings.Contains(out.String(), "Korea: ") {
		t.Errorf("the console's brief is missing:\n%s", out.String())
	}
	for _, secret := range []string{telegramtest.Token, discordtest.Token} {
		if strings.Contains(errb.String()+out.String(), secret) {
			t.Error("a token was printed")
		}
	}
}
