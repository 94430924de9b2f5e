// Package cputime reads the CPU time the process has used, so benchmarks
// can report it next to wall time: on a busy machine wall time measures
// the neighbours as much as the code.
package cputime
