package discordtest

import (
	"encoding/json"
	"net/http"
)

// overwriteCommands answers a bulk overwrite of the global commands or
// of one guild's: it checks them, keeps the id of each command whose name
// it already had, and answers them with their ids.
func (f *Fake) overwriteCommands(c *Call, r *http.Request) answer {
	if r.PathValue("app") != AppID {
		return errAnswer(http.StatusForbidden, 50001, "Missing Access")
	}
	if c.GuildID != "" && f.guilds[c.GuildID] == nil {
		return errAnswer(http.StatusForbidden, 50001, "Missing Access")
	}
	var raw []map[string]any
	var cmds []Command
	if json.Unmarshal(c.Body, &raw) != nil || json.Unmarshal(c.Body, &cmds) != nil {
		f.refuse(c.Route, []string{"the body is not a JSON array of commands"})
		return invalid([]string{"the body is not a JSON array of commands"})
	}
	if problems := checkCommands(cmds); len(problems) > 0 {
		f.refuse(c.Route, problems)
		return invalid(problems)
	}
	old := map[string]string{}
	for _, cmd := range f.commands[c.GuildID] {
		old[cmd["name"].(string)] = cmd["id"].(string)
	}
	for _, cmd := range raw {
		name, _ := cmd["name"].(string)
		id := old[name]
		if id == "" {
			id = f.newID()
		}
		cmd["id"], cmd["application_id"], cmd["version"] = id, AppID, f.newID()
		if _, ok := cmd["type"]; !ok {
			cmd["type"] = 1
		}
		if c.GuildID != "" {
			cmd["guild_id"] = c.GuildID
		}
	}
	f.commands[c.GuildID] = raw
	return ok(raw)
}

// Commands are the commands registered last for a guild, or globally
// when guildID is "", with the ids the fake gave them.
func (f *Fake) Commands(guildID string) []Command {
	f.mu.Lock()
	defer f.mu.Unlock()
	data, _ := json.Marshal(f.commands[guildID])
	var cmds []Command
	_ = json.Unmarshal(data, &cmds)
	return cmds
}

// commandID is the id of the command registered with the name, globally
// or in the guild; it runs under the lock.
func (f *Fake) commandID(guildID, name string) (string, bool) {
	for _, scope := range []string{guildID, ""} {
		for _, cmd := range f.commands[scope] {
			if cmd["name"] == name && (cmd["type"] == 1 || cmd["type"] == float64(1)) {
				return cmd["id"].(string), true
			}
		}
	}
	return "", false
}
