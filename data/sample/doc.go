// Package sample is Dateline's built-in briefing: ten short news articles
// on Russia and Kazakhstan in the autumn of 2024, written for the app,
// embedded in the binary and shown at start-up.
//
// The articles are Markdown files with YAML front matter, one per file,
// named by publication date. They are written the way news is written,
// with dates mostly relative to the day of publication ("last week's
// missile strikes", "Thursday's CSTO summit", "in September"), so that
// the briefing exercises what the app is for: resolving such dates and
// plotting the events on a timeline. Articles parses them with
// format.ReadArticle; packages data, format and extract know nothing of
// this one.
package sample
