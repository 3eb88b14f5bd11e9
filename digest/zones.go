package digest

import (
	"sort"
	"strings"
	"time"

	"briefbot"
	"briefbot/internal/editdist"
)

// maxZoneSuggestions is how many zone names a bad one is answered with.
const maxZoneSuggestions = 3

// LoadZone resolves an IANA time zone name, in any letter case. A name
// that is not one gets an EInvalid error suggesting up to three close names.
func LoadZone(name string) (*time.Location, string, error) {
	want := strings.ReplaceAll(strings.TrimSpace(name), " ", "_")
	for _, z := range zoneNames {
		if strings.EqualFold(z, want) {
			loc, err := time.LoadLocation(z)
			if err != nil {
				return nil, "", briefbot.Errorf(briefbot.EInternal, "time zone %s is missing from this system", z)
			}
			return loc, z, nil
		}
	}
	msg := "I don't know the time zone " + quote(name) + "; use an IANA name like Europe/Paris or Asia/Seoul."
	if s := SuggestZones(want); len(s) > 0 {
		msg += " Did you mean " + strings.Join(s, ", ") + "?"
	}
	return nil, "", briefbot.Errorf(briefbot.EInvalid, "%s", msg)
}

func quote(s string) string { return "\u201c" + s + "\u201d" }

// SuggestZones returns up to three zone names close to name: those whose
// city is name ("paris": Europe/Paris) alone, else the nearest by edit
// distance.
func SuggestZones(name string) []string {
	low := strings.ToLower(name)
	type scored struct {
		zone string
		dist int
	}
	var cands []scored
	for _, z := range zoneNames {
		zl := strings.ToLower(z)
		city := zl[strings.LastIndex(zl, "/")+1:]
		d := min(editdist.Distance(low, zl), editdist.Distance(low, city))
		if strings.Contains(zl, low) && len(low) >= 3 {
			d = min(d, 1)
		}
		if d <= max(2, len(low)/3) {
			cands = append(cands, scored{z, d})
		}
	}
	sort.SliceStable(cands, func(i, j int) bool { return cands[i].dist < cands[j].dist })
	var out []string
	for _, c := range cands[:min(maxZoneSuggestions, len(cands))] {
		if c.dist > 0 && cands[0].dist == 0 {
			break // the city itself ("paris"): no near misses beside it
		}
		out = append(out, c.zone)
	}
	return out
}
