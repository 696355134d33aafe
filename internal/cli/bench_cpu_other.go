//go:build !unix

package cli

import "time"

// cpuTime is not measured on this system: 0 turns the CPU-time report off.
func cpuTime() time.Duration { return 0 }
