package llm

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"os"
	"path/filepath"
	"sync"
)

// maxMemory bounds the results a Cache holds in memory.
const maxMemory = 4096

// Cache keeps the model's checked results by the hash of what was asked,
// so that the same article ingested again, or the same line translated for
// another chat, costs no request. In memory, and in Dir when set, so that
// it outlives the process. A nil Cache keeps nothing.
type Cache struct {
	Dir string // "": memory only

	mu  sync.Mutex
	mem map[string][]byte
}

// key hashes the parts of a request that decide its result.
func key(parts ...string) string {
	h := sha256.New()
	for _, p := range parts {
		h.Write([]byte(p))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil))
}

// get decodes the result kept under k into out; false when there is none.
func (c *Cache) get(k string, out any) bool {
	if c == nil {
		return false
	}
	c.mu.Lock()
	data, ok := c.mem[k]
	c.mu.Unlock()
	if !ok && c.Dir != "" {
		var err error
		if data, err = os.ReadFile(c.path(k)); err != nil {
			return false
		}
	}
	return data != nil && json.Unmarshal(data, out) == nil
}

// put keeps v under k. A cache that cannot be written to disk still
// serves from memory; the result is not lost, only asked again later.
func (c *Cache) put(k string, v any) {
	if c == nil {
		return
	}
	data, err := json.Marshal(v)
	if err != nil {
		return
	}
	c.mu.Lock()
	if c.mem == nil || len(c.mem) >= maxMemory {
		c.mem = map[string][]byte{} // start over rather than track ages: the disk keeps the rest
	}
	c.mem[k] = data
	c.mu.Unlock()
	if c.Dir == "" {
		return
	}
	p := c.path(k)
	if os.MkdirAll(filepath.Dir(p), 0o700) == nil {
		tmp := p + ".tmp"
		if os.WriteFile(tmp, data, 0o600) == nil {
			os.Rename(tmp, p)
		}
	}
}

// path spreads the files over 256 folders.
func (c *Cache) path(k string) string { return filepath.Join(c.Dir, k[:2], k+".json") }
