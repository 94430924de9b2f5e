package timex

import "strconv"

// ruleSeasonsAgo reads a count of seasons back from now: "two winters
// ago", "three summers ago". One season ago is the last such season
// ("last winter"), each further one a year before it: written on 8
// January 2023, with the winter of 2022 under way, "two winters ago" is
// the winter of 2020.
func ruleSeasonsAgo(tg *tagger, i int) (match, bool) {
	n, _, k := tg.count(i)
	s, ok := pluralSeasons[tg.word(k)]
	if k == i || !ok || n < 1 || tg.word(k+1) != "ago" || !tg.hasDCT {
		return match{}, false
	}
	last := seasonValue(tg.dct, s, -1) // "2021-WI"
	y, err := strconv.Atoi(last[:4])
	if err != nil {
		return match{}, false
	}
	return date1(Date, k+2, vSeason(y-(n-1), s))
}
