//go:build unix

package summarize

import (
	"syscall"
	"time"
)

// cpuTime is the user and system CPU time the process has used, which,
// unlike wall time, does not grow when other programs share the machine.
func cpuTime() (time.Duration, bool) {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0, false
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano()), true
}
