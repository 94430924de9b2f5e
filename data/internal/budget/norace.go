//go:build !race

package budget

// slowdown is how much slower code runs under the race detector, which
// the budget allows for; none without it.
const slowdown = 1
