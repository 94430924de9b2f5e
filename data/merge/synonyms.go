package merge

import "strings"

// synonymGroups are words news reports use for one another when they tell
// the same happening: each line's words count as its first word. A
// demonym counts as its country ("Finnish lawmakers" and "Finland's
// parliament").
const synonymGroups = `
cut lower reduce trim slash ease
raise lift increase hike
earthquake quake tremor
wildfire fire blaze
approve pass adopt endorse back ratify
launch blast
arrest detain
resign quit
cancel scrap
strike attack hit struck bomb shell
kill die dead
meet talk
visit arrive trip
summit meeting
parliament lawmaker legislator mp deputy
agree pledge promise commit
win won elect re-elect victory
say said announce state
flood floodwater
rate borrowing
show unveil present reveal introduce
spending spend
finland finnish
ireland irish
turkey turkish
russia russian
ukraine ukrainian
kazakhstan kazakh
britain british uk
france french
germany german
china chinese
america american us
japan japanese
poland polish
italy italian
spain spanish
`

// synonyms maps the stem of each word in synonymGroups to the stem of its
// group's first word.
var synonyms = func() map[string]string {
	m := map[string]string{}
	for _, line := range strings.Split(synonymGroups, "\n") {
		ws := strings.Fields(line)
		for _, w := range ws {
			m[stem(w)] = stem(ws[0])
		}
	}
	return m
}()

// canonicalWord returns the stem a content word is counted as.
func canonicalWord(stemmed string) string {
	if s, ok := synonyms[stemmed]; ok {
		return s
	}
	return stemmed
}
