package summarize

import "testing"

// TestLookupSpelled checks that a name joined by the ezafe is found under
// either spelling, and that other names are not changed.
func TestLookupSpelled(t *testing.T) {
	tests := []struct {
		name string
		want string // the country of the place found; "" for none
	}{
		{"Pul-i-Khumri", "Afghanistan"},
		{"Pul-e-Khumri", "Afghanistan"},
		{"Mazar-i-Sharif", "Afghanistan"},
		{"Stratford-upon-Avon", "United Kingdom"},
		{"Zorblax-i-Quendi", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ""
			if p := lookupSpelled(tt.name, lookupLocative); p != nil && p.country != nil {
				got = p.country.en
			}
			if got != tt.want {
				t.Errorf("lookupSpelled(%q) = %q, want %q", tt.name, got, tt.want)
			}
		})
	}
}
