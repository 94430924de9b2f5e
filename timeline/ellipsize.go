package timeline

// Ellipsize cuts s to the longest start that, followed by "…", measures
// at most w; s itself when it fits, "" when not even one letter does.
// Renderers use it for labels the layout marks Clipped.
func Ellipsize(s string, w float32, measure func(string) float32) string {
	if measure(s) <= w {
		return s
	}
	runes := []rune(s)
	lo, hi := 0, len(runes)
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if measure(string(runes[:mid])+"…") <= w {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	if lo == 0 {
		return ""
	}
	return string(runes[:lo]) + "…"
}
