//go:build unix

package dates

import (
	"syscall"
	"time"
)

// cpuTime returns the CPU time (user + system) the process has used, to
// report throughput per CPU second on a machine shared with other jobs.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
