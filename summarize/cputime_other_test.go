//go:build !unix

package summarize

import "time"

func cpuTime() (time.Duration, bool) { return 0, false }
