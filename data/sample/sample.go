package sample

import (
	"embed"
	"errors"
	"io/fs"

	"github.com/dateline/dateline/data"
	"github.com/dateline/dateline/data/format"
)

// files holds the briefing's articles, named so that file order is
// publication order.
//
//go:embed *.md
var files embed.FS

// Articles reads the built-in briefing, oldest article first. An article
// that fails to parse is reported in the error and the rest are returned.
func Articles() ([]*data.Article, error) {
	names, err := fs.Glob(files, "*.md")
	if err != nil {
		return nil, err
	}
	var articles []*data.Article
	var errs []error
	for _, name := range names {
		a, err := readArticle(name)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		articles = append(articles, a)
	}
	return articles, errors.Join(errs...)
}

// readArticle parses one embedded article file.
func readArticle(name string) (*data.Article, error) {
	f, err := files.Open(name)
	if err != nil {
		return nil, &data.ImportError{Name: name, Err: err}
	}
	defer f.Close()
	return format.ReadArticle(name, f)
}
