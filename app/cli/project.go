package cli

import (
	"io"
	"path/filepath"
	"strings"
	"time"

	"github.com/dateline/dateline/data"
	"github.com/dateline/dateline/data/extract"
	"github.com/dateline/dateline/data/project"
)

// load reads the files named on the command line, in order. A project
// file (.dateline) gives its articles and the events the analyst left:
// corrected, with those deleted or hidden and those its view's filter
// drops left out, so a curated project exports headless. Any other file
// is read as articles by loadArticles (folders and URLs too), published
// dating those that state no date. A file that fails is reported in
// Result.Errors; what folders held besides articles is summed up on
// stderr.
func load(paths []string, published time.Time, stderr io.Writer) extract.Result {
	var r extract.Result
	for i := 0; i < len(paths); {
		if isProject(paths[i]) {
			addProject(&r, paths[i])
			i++
			continue
		}
		j := i + 1 // a run of article files is read in one go
		for j < len(paths) && !isProject(paths[j]) {
			j++
		}
		part := loadArticles(paths[i:j], published, stderr)
		r.Articles = append(r.Articles, part.Articles...)
		r.Events = append(r.Events, part.Events...)
		r.Errors = append(r.Errors, part.Errors...)
		i = j
	}
	data.SortEvents(r.Events)
	return r
}

// isProject reports whether path names a project file.
func isProject(path string) bool { return strings.EqualFold(filepath.Ext(path), project.Ext) }

// addProject adds the articles and visible events of the project file at
// path to r.
func addProject(r *extract.Result, path string) {
	p, err := project.LoadFile(path)
	if err != nil {
		r.Errors = append(r.Errors, err)
		return
	}
	for _, a := range p.Articles() {
		r.Articles = append(r.Articles, a.Article)
	}
	r.Events = append(r.Events, p.Visible()...)
}
