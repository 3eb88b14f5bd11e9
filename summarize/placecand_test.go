package summarize

import "testing"

// TestPlaceCandForms: a candidate's forms, kept in a list, sum the weights
// of each form's mentions as a map would, and name the heaviest, the
// first in byte order among equals.
func TestPlaceCandForms(t *testing.T) {
	mentions := []struct {
		name string
		w    float64
	}{{"U.K.", 0.3}, {"UK", 0.5}, {"United Kingdom", 0.4}, {"U.K.", 0.3}, {"UK", 0.1}, {"United Kingdom", 0.4}}
	var c placeCand
	want := map[string]float64{}
	for _, m := range mentions {
		c.write(m.name, m.w)
		want[m.name] += m.w
	}
	if len(c.written) != len(want) {
		t.Fatalf("%d forms, want %d", len(c.written), len(want))
	}
	for _, f := range c.written {
		if f.w != want[f.name] {
			t.Errorf("form %q weighs %v, want %v", f.name, f.w, want[f.name])
		}
	}
	if got := c.name(); got != "United Kingdom" {
		t.Errorf("name() = %q, want United Kingdom (0.8, before UK at 0.6 and U.K. at 0.6)", got)
	}
	c.write("UK", 0.2)
	if got := c.name(); got != "UK" {
		t.Errorf("name() = %q, want UK: at 0.8 with United Kingdom, first in byte order", got)
	}
}
