package eval

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// LoadFrenchGold reads the French gold: one JSON object a line with a
// WiNER-fr article id (YYYY_MM_DD-NNN), its split and its gold phrases, in
// the Giveme5W1H gold's shape. The texts are read from the WiNER-fr folder
// dir, as the WiNER check reads them; a record whose text is missing is
// left out. It refuses an article that the folder's RESERVED.txt keeps for
// independent evaluation, and returns no records when the folder is absent.
func LoadFrenchGold(path, dir string) ([]Record, error) {
	if _, err := os.Stat(dir); os.IsNotExist(err) {
		return nil, nil
	}
	reserved, err := LoadReserved(dir)
	if err != nil {
		return nil, err
	}
	var recs []Record
	err = readJSONL(path, func(line []byte) error {
		r, err := parseRecord(line)
		if err != nil {
			return err
		}
		if reserved[r.ID] {
			return fmt.Errorf("article %s is reserved for independent evaluation", r.ID)
		}
		base, ok := winerPath(dir, r.ID)
		if !ok {
			return fmt.Errorf("article id %q is not YYYY_MM_DD-NNN", r.ID)
		}
		a, err := loadWinerArticle(base)
		if errors.Is(err, fs.ErrNotExist) {
			return nil
		}
		if err != nil {
			return err
		}
		r.Title, r.Text, r.Lang = a.Doc.Title, a.Doc.Text, a.Doc.Lang
		r.DatePublish = a.Doc.Published.Format(time.DateTime)
		recs = append(recs, r)
		return nil
	})
	return recs, err
}

// winerPath is the path without extension of a WiNER-fr article: the
// folder, year and month come from its id.
func winerPath(dir, id string) (string, bool) {
	if len(id) < len("2016_01_01-001") || id[4] != '_' || id[7] != '_' || strings.ContainsAny(id, `/\`) {
		return "", false
	}
	return filepath.Join(dir, id[:4], id[5:7], id), true
}

// LoadReserved reads the ids of the WiNER-fr articles listed in
// RESERVED.txt beside the WiNER-fr folder dir; a missing list reserves
// nothing.
func LoadReserved(dir string) (map[string]bool, error) {
	out := map[string]bool{}
	f, err := os.Open(filepath.Join(dir, "..", "RESERVED.txt"))
	if os.IsNotExist(err) {
		return out, nil
	}
	if err != nil {
		return nil, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if strings.HasPrefix(line, "#") || !strings.Contains(line, "winer-fr/") {
			continue
		}
		out[strings.TrimSuffix(filepath.Base(line), ".txt")] = true
	}
	return out, sc.Err()
}

func parseRecord(line []byte) (Record, error) {
	var r Record
	err := json.Unmarshal(line, &r)
	return r, err
}
