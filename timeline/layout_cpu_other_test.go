//go:build !unix

package timeline_test

import "time"

// cpuTime is not measured on this system; benchmarks then report 0.
func cpuTime() time.Duration { return 0 }
