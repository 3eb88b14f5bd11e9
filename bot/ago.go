package bot

import "time"

// Ago says roughly how long before now t was ("3 h ago"), or how long
// after ("in 5 min"); "never" for the zero time. It is English, for
// operators; a chat reads its own language's Labels.Ago.
func Ago(t, now time.Time) string { return english.Ago(t, now) }
