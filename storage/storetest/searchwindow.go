package storetest

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"briefbot"
)

// testSearchWindow checks the window's bounds: Since is inclusive, Until
// exclusive, an undated article counts at its ingestion, and a bound with
// a fraction of a second compares with the stored whole seconds.
func testSearchWindow(t *testing.T, open opener) {
	s := open(t)
	var ids []int64
	for i := range 3 {
		ids = append(ids, mustAdd(t, s, at("Korea", strings.Repeat("word ", i+1)+"Korea news.", day0.AddDate(0, 0, i))))
	}
	undated := article("Korea", "Undated Korea news.")
	undated.Ingested = day0.AddDate(0, 0, 1).Add(time.Hour)
	idUndated := mustAdd(t, s, undated)
	for _, tc := range []struct {
		name         string
		since, until time.Time
		want         []int64
	}{
		{"no bounds", time.Time{}, time.Time{}, []int64{ids[0], ids[1], ids[2], idUndated}},
		{"since is inclusive", day0.AddDate(0, 0, 1), time.Time{}, []int64{ids[1], ids[2], idUndated}},
		{"until is exclusive", time.Time{}, day0.AddDate(0, 0, 1), []int64{ids[0]}},
		{"undated counts at ingestion", day0.AddDate(0, 0, 1).Add(time.Minute), day0.AddDate(0, 0, 2), []int64{idUndated}},
		{"sub-second bounds", day0.Add(time.Millisecond), day0.AddDate(0, 0, 2).Add(time.Millisecond), []int64{ids[1], ids[2], idUndated}},
		{"a second wide", day0.AddDate(0, 0, 2), day0.AddDate(0, 0, 2).Add(time.Second), []int64{ids[2]}},
		{"empty window", day0.AddDate(0, 0, 5), day0.AddDate(0, 0, 6), []int64{}},
		{"until before since", day0.AddDate(0, 0, 2), day0, []int64{}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := candidateIDs(t, s, briefbot.Search{Match: terms("korea"), Since: tc.since, Until: tc.until})
			want := slices.Clone(tc.want)
			slices.Sort(want)
			slices.Reverse(want) // latest stored first
			if !slices.Equal(got, want) {
				t.Errorf("ids = %v, want %v", got, want)
			}
		})
	}
}

// testSearchWindowOutOfOrder stores articles whose dates do not follow
// their arrival (a late article about last week, one dated before 1970,
// one with no date) and checks every window against a plain filter.
func testSearchWindowOutOfOrder(t *testing.T, open opener) {
	s := open(t)
	offsets := []int{5, 1, 3, 0, -30000, 4, 2, 6, 2}
	seen := map[int64]time.Time{}
	for i, d := range offsets {
		a := at(fmt.Sprintf("Korea %d", i), fmt.Sprintf("Korea report number %d.", i),
			day0.AddDate(0, 0, d).Add(time.Duration(i)*time.Minute))
		seen[mustAdd(t, s, a)] = a.Published
	}
	undated := article("Korea undated", "Korea report without a date.")
	undated.Ingested = day0.AddDate(0, 0, 3)
	seen[mustAdd(t, s, undated)] = undated.Ingested
	for lo := -30001; lo <= 7; lo++ {
		for _, span := range []int{1, 2, 40000} {
			since, until := day0.AddDate(0, 0, lo), day0.AddDate(0, 0, lo+span)
			got := candidateIDs(t, s, briefbot.Search{Match: terms("korea"), Since: since, Until: until})
			var want []int64
			for id, at := range seen {
				if !at.Before(since) && at.Before(until) {
					want = append(want, id)
				}
			}
			slices.Sort(want)
			slices.Reverse(want)
			if !slices.Equal(got, want) {
				t.Errorf("window %v to %v: ids %v, want %v", since, until, got, want)
			}
		}
		if lo == -29999 {
			lo = -2 // skip the empty years between
		}
	}
}
