package config

import (
	"strings"
	"testing"
)

func TestChatLimits(t *testing.T) {
	def, err := Load("", mapEnv(nil))
	if err != nil {
		t.Fatal(err)
	}
	if def.Chat != (Chat{Workers: 8, RequestsPerMinute: 20, Language: "en"}) {
		t.Errorf("default chat %+v, want 8 workers, 20 a minute, in English", def.Chat)
	}
	example, err := Load("../config.example.yaml", mapEnv(nil))
	if err != nil || example.Chat != def.Chat {
		t.Errorf("config.example.yaml documents chat %+v (%v), want the defaults", example.Chat, err)
	}
	tests := []struct {
		name, yaml string
		want       Chat
		bad        []string
	}{
		{"set", "chat:\n  workers: 4\n  requests_per_minute: 5\n  language: fr\n", Chat{Workers: 4, RequestsPerMinute: 5, Language: "fr"}, nil},
		{"a language briefbot does not speak", "chat:\n  language: de\n", Chat{}, []string{"chat.language"}},
		{"a tag, not a code", "chat:\n  language: fr-FR\n", Chat{}, []string{"chat.language"}},
		{"no workers", "chat:\n  workers: 0\n", Chat{}, []string{"chat.workers"}},
		{"too many", "chat:\n  workers: 1000\n  requests_per_minute: 0\n", Chat{}, []string{"chat.workers", "chat.requests_per_minute"}},
		{"unknown key", "chat:\n  burst: 3\n", Chat{}, []string{"burst"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg, err := Load(writeFile(t, tt.yaml), mapEnv(nil))
			if len(tt.bad) == 0 {
				if err != nil || cfg.Chat != tt.want {
					t.Errorf("chat %+v, %v; want %+v", cfg.Chat, err, tt.want)
				}
				return
			}
			for _, key := range tt.bad {
				if err == nil || !strings.Contains(err.Error(), key) {
					t.Errorf("error %v does not name %s", err, key)
				}
			}
		})
	}
}
