package merge_test

import "strconv"

func ftoa(f float64) string { return strconv.FormatFloat(f, 'f', 2, 64) }
func itoa(n int) string     { return strconv.Itoa(n) }
