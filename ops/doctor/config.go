package doctor

import (
	"strings"

	"briefbot/config"
)

// Config reports the configuration loaded from file ("" for none), or the
// error that loading it gave, and whether the other checks may go on.
func (r *Report) Config(file string, cfg config.Config, err error) bool {
	if err != nil {
		r.Fail("config", "%s — fix it, then run briefbot doctor again", OneLine(err))
		return false
	}
	if file == "" {
		file = "no file (the defaults)"
	}
	on := []string{""} // so that Join puts ", " before each
	if cfg.Telegram.Token != "" {
		on = append(on, "telegram")
	}
	if cfg.Ops.Listen != "" {
		on = append(on, "ops on "+cfg.Ops.Listen)
	}
	r.OK("config", "%s: %d feeds configured%s", file, len(cfg.Feeds), strings.Join(on, ", "))
	return true
}
