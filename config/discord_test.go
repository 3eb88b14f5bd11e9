package config

import (
	"strings"
	"testing"
)

func TestDiscordSettings(t *testing.T) {
	path := writeFile(t, `discord:
  api_base_url: http://proxy.internal:8080/api/v10
  guild_id: "1100000000000000001"
  admins: ["123456789012345678", 223456789012345678]
  shard_id: 1
  shard_count: 2
  interactions:
    listen: 127.0.0.1:8090
    public_key: "`+strings.Repeat("ab", 32)+`"
`)
	cfg, err := Load(path, mapEnv(map[string]string{"BRIEFBOT_DISCORD_TOKEN": "discord-secret"}))
	if err != nil {
		t.Fatal(err)
	}
	d := cfg.Discord
	if d.Token != "discord-secret" || d.GuildID != "1100000000000000001" || d.ShardID != 1 || d.ShardCount != 2 ||
		len(d.Admins) != 2 || d.Admins[1] != "223456789012345678" || d.Interactions.Listen != "127.0.0.1:8090" {
		t.Errorf("discord = %+v", d)
	}
	var dump strings.Builder
	if err := cfg.Dump(&dump); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(dump.String(), "discord-secret") || !strings.Contains(dump.String(), "api_base_url: http://proxy.internal:8080/api/v10") {
		t.Errorf("dump:\n%s", dump.String())
	}
}

func TestDiscordSettingsReportEveryProblem(t *testing.T) {
	path := writeFile(t, `discord:
  api_base_url: ftp://proxy
  guild_id: my-server
  admins: [alice]
  shard_id: 2
  shard_count: 2
  interactions:
    listen: ""
    public_key: nothex
`)
	_, err := Load(path, mapEnv(nil))
	if err == nil {
		t.Fatal("bad discord settings loaded")
	}
	for _, want := range []string{"discord.api_base_url", "discord.guild_id", "discord.admins", "discord.shard_id 2 of shard_count 2",
		"discord.interactions.listen", "discord.interactions.public_key"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error lacks %q:\n%v", want, err)
		}
	}
}
