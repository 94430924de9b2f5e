package format

import (
	"reflect"
	"strings"
	"testing"
)

// TestParseFrontMatter_YAML covers the YAML the flat reader dropped: block
// scalars, lists in every shape, quoted and typed values, and the flat
// fallback for titles with an unquoted colon.
func TestParseFrontMatter_YAML(t *testing.T) {
	tests := []struct {
		name  string
		block string
		want  frontMatter
	}{
		{"folded title", "title: >\n  Leaders meet\n  in Astana\ndate: 2024-11-27\n",
			frontMatter{Title: "Leaders meet in Astana", Date: "2024-11-27"}},
		{"literal title", "title: |-\n  One line\n", frontMatter{Title: "One line"}},
		{"flow list", "tags: [war, energy]\n", frontMatter{Tags: []string{"war", "energy"}}},
		{"block list", "tags:\n  - war\n  - 'energy'\n", frontMatter{Tags: []string{"war", "energy"}}},
		{"indented block list", "keywords:\n    - war\n    -   energy\n", frontMatter{Tags: []string{"war", "energy"}}},
		{"comma string", "tags: war, energy\n", frontMatter{Tags: []string{"war", "energy"}}},
		{"date with time", "published: 2024-11-27T10:14:00+03:00\n", frontMatter{Date: "2024-11-27T10:14:00+03:00"}},
		{"number title", "headline: 1999\n", frontMatter{Title: "1999"}},
		{"case and aliases", "Title: Vote\nOutlet: Desk\nPubDate: 2024-10-07\n",
			frontMatter{Title: "Vote", Source: "Desk", Date: "2024-10-07"}},
		{"colon in title falls back", "title: Putin: a visit to Astana\ndate: 2024-11-27\n",
			frontMatter{Title: "Putin: a visit to Astana", Date: "2024-11-27"}},
		{"nested map ignored", "title: T\nauthor:\n  name: A\n", frontMatter{Title: "T"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := parseFrontMatter(tt.block); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("parseFrontMatter(%q) = %+v, want %+v", tt.block, got, tt.want)
			}
		})
	}
}

// TestParseFrontMatter_Hostile checks that alias bombs and huge blocks are
// read in bounded time and keep at most maxTags tags.
func TestParseFrontMatter_Hostile(t *testing.T) {
	bomb := "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n" +
		"c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n" +
		"tags: [*d, *d, *d, *d, *d, *d, *d, *d, *d]\ntitle: Bomb\n"
	if fm := parseFrontMatter(bomb); len(fm.Tags) > maxTags {
		t.Errorf("alias bomb kept %d tags", len(fm.Tags))
	}
	huge := "title: Big\ntags:\n" + strings.Repeat("  - t\n", 200000)
	if fm := parseFrontMatter(huge); fm.Title != "Big" || len(fm.Tags) > maxTags {
		t.Errorf("huge block: %q, %d tags", fm.Title, len(fm.Tags))
	}
}
