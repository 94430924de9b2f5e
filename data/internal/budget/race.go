//go:build race

package budget

// slowdown is how much slower code runs under the race detector, which
// the budget allows for.
const slowdown = 10
