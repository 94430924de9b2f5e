package format

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// maxHTMLDepth is how deeply elements may nest before parseHTML stops
// building a tree. The x/net/html tree builder spends time in proportion
// to the depth on every tag, so a file of a million nested <div>s would
// keep it busy for hours; real pages stay far below this.
const maxHTMLDepth = 256

// implicitlyClosed are elements the HTML parser closes by itself (a <p> is
// closed by the next block, an <li> by the next <li>), so unclosed ones do
// not make the tree any deeper.
var implicitlyClosed = map[atom.Atom]bool{
	atom.P: true, atom.Li: true, atom.Dt: true, atom.Dd: true, atom.Option: true,
	atom.Optgroup: true, atom.Tr: true, atom.Td: true, atom.Th: true,
	atom.Thead: true, atom.Tbody: true, atom.Tfoot: true, atom.Rb: true,
	atom.Rt: true, atom.Rp: true, atom.Colgroup: true, atom.Caption: true,
	atom.Html: true, atom.Head: true, atom.Body: true,
}

// voidElements never have content or an end tag.
var voidElements = map[atom.Atom]bool{
	atom.Area: true, atom.Base: true, atom.Br: true, atom.Col: true,
	atom.Embed: true, atom.Hr: true, atom.Img: true, atom.Input: true,
	atom.Link: true, atom.Meta: true, atom.Source: true, atom.Track: true,
	atom.Wbr: true,
}

// tooDeep reports whether src nests elements deeper than maxHTMLDepth,
// counting only the elements the parser would keep open. It keeps its own
// stack of open elements, so that an end tag closes only an element that
// is open: a stray </q> after each <div> lowers no depth, as the parser
// ignores it too. The stack never holds more than maxHTMLDepth elements,
// so the search on each end tag is bounded and the whole takes linear
// time.
func tooDeep(src string) bool {
	z := html.NewTokenizer(strings.NewReader(src))
	open := make([]string, 0, maxHTMLDepth+1)
	for {
		switch z.Next() {
		case html.ErrorToken:
			return false
		case html.StartTagToken:
			if a, name := tagName(z); !voidElements[a] && !implicitlyClosed[a] {
				if open = append(open, name); len(open) > maxHTMLDepth {
					return true
				}
			}
		case html.EndTagToken:
			_, name := tagName(z)
			for i := len(open) - 1; i >= 0; i-- {
				if open[i] == name {
					open = open[:i]
					break
				}
			}
		}
	}
}

// tagName returns the atom and the name of the tag the tokenizer is on.
// Elements unknown to the atom table (custom elements) have atom 0 and are
// told apart by name; known ones cost no allocation.
func tagName(z *html.Tokenizer) (atom.Atom, string) {
	name, _ := z.TagName()
	if a := atom.Lookup(name); a != 0 {
		return a, a.String()
	}
	return 0, string(name)
}

// tagAtom returns the atom of the tag the tokenizer is on.
func tagAtom(z *html.Tokenizer) atom.Atom {
	name, _ := z.TagName()
	return atom.Lookup(name)
}

// flatHTML reads HTML too deeply nested for the tree builder with the
// tokenizer alone: meta tags and the title as parseHTML reads them, and
// all the text outside skipped elements, broken into paragraphs at block
// tags. No article element is singled out, but no text is lost either.
func flatHTML(src string) (htmlMeta, string) {
	m := htmlMeta{meta: map[string]string{}}
	var paras []string
	var cur, title strings.Builder
	skip, inTitle := 0, false
	flush := func() {
		if p := collapseSpace(cur.String()); p != "" {
			paras = append(paras, p)
		}
		cur.Reset()
	}
	z := html.NewTokenizer(strings.NewReader(src))
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		switch tt {
		case html.TextToken:
			switch {
			case inTitle:
				title.Write(z.Text())
			case skip == 0:
				cur.Write(z.Text())
			}
		case html.StartTagToken, html.SelfClosingTagToken:
			tok := z.Token()
			switch a := tok.DataAtom; {
			case a == atom.Meta:
				addMeta(m.meta, tok.Attr)
			case a == atom.Title:
				inTitle = tt == html.StartTagToken
			case a == atom.Br:
				cur.WriteString(lineBreak)
			case skippedElements[a] && a != atom.Head && tt == html.StartTagToken:
				skip++
			case paragraphElements[a] || blockElements[a]:
				flush()
			}
		case html.EndTagToken:
			switch a := tagAtom(z); {
			case a == atom.Title:
				inTitle = false
			case skippedElements[a] && a != atom.Head && skip > 0:
				skip--
			case paragraphElements[a] || blockElements[a]:
				flush()
			}
		}
	}
	flush()
	m.title = collapseSpace(title.String())
	return m, strings.Join(paras, "\n\n")
}

// addMeta records a meta tag's content under its property, name or
// itemprop, keeping the first of each.
func addMeta(meta map[string]string, attrs []html.Attribute) {
	var key, content, datetime string
	for _, a := range attrs {
		switch a.Key {
		case "property", "name", "itemprop":
			if key == "" {
				key = strings.ToLower(strings.TrimSpace(a.Val))
			}
		case "content":
			content = a.Val
		case "datetime":
			datetime = a.Val
		}
	}
	if _, seen := meta[key]; key != "" && !seen {
		meta[key] = firstNonEmpty(content, datetime)
	}
}
