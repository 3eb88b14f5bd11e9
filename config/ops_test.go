package config

import (
	"strings"
	"testing"
)

func TestOpsListen(t *testing.T) {
	tests := []struct {
		listen string
		ok     bool
	}{
		{"", true},
		{"127.0.0.1:9464", true},
		{":9464", true},
		{"[::1]:9464", true},
		{"localhost:0", true},
		{"9464", false},
		{"127.0.0.1:http", false},
		{"127.0.0.1:70000", false},
	}
	for _, tt := range tests {
		t.Run(tt.listen, func(t *testing.T) {
			path := writeFile(t, "ops:\n  listen: \""+tt.listen+"\"\n")
			cfg, err := Load(path, mapEnv(nil))
			if got := err == nil; got != tt.ok {
				t.Fatalf("Load: err = %v, want ok = %v", err, tt.ok)
			}
			if err != nil && !strings.Contains(err.Error(), "ops.listen") {
				t.Errorf("error %v does not name ops.listen", err)
			}
			if err == nil && cfg.Ops.Listen != tt.listen {
				t.Errorf("listen = %q, want %q", cfg.Ops.Listen, tt.listen)
			}
		})
	}
}
