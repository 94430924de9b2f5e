package format

import (
	"strings"

	"golang.org/x/net/html"
)

// RuleText is the main text of an HTML page by the rule parseHTML used
// before readability (the outermost <article>, else <main>, else the page
// minus navigation), with or without the furniture pruned first, for the
// tests that measure one against the other.
func RuleText(src string, prune bool) string {
	doc, err := html.Parse(strings.NewReader(src))
	if err != nil {
		return ""
	}
	if prune {
		pruneFurniture(doc)
	}
	return bodyText(articleRoot(doc))
}

// ReadabilityText is the main text readability finds in an HTML page,
// with or without the furniture pruned first.
func ReadabilityText(src string, prune bool) string {
	doc, err := html.Parse(strings.NewReader(src))
	if err != nil {
		return ""
	}
	if prune {
		pruneFurniture(doc)
	}
	return readabilityText(doc)
}
