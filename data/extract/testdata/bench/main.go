// Command bench runs the extraction side by side of issue 15 (`make
// bench`): the same news text through `dateline extract --format json`
// and through chrono-node, and prints for each the megabytes it reads per
// CPU-second, its wall time and peak memory, and Dateline's speed as a
// multiple of chrono-node's.
//
// The text is the TimeBank articles of the shared corpora, stripped of
// their TimeML tags and repeated up to -mb megabytes (the corpora are
// never copied into the repository: the files live in a temporary folder
// for the run), or the built-in briefing repeated when the corpora are
// absent. Each article is a file, or articles are grouped into files of
// about -file kilobytes; both tools get the same files as separate
// documents, all dated -published. chrono-node slows down on long
// documents (5 MB in 1 MB documents: 0.2 MB per CPU-second), so one
// article a file is the fair comparison.
//
// chrono-node runs through data/timex/testdata/chrono/run.js from the
// folder DATELINE_CHRONO names (make bench installs it there as make eval
// does); without it a line says why (DATELINE_CHRONO_SKIP) and only
// Dateline's row is printed.
package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"html"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"syscall"
	"time"

	"github.com/dateline/dateline/data/sample"
)

func main() {
	dateline := flag.String("dateline", "", "the dateline binary to run")
	mb := flag.Int("mb", 50, "megabytes of text to extract from")
	fileKB := flag.Int("file", 0, "kilobytes of articles per file (0: one article a file)")
	corpora := flag.String("corpora", os.Getenv("DATELINE_CORPORA"), "the shared corpora (default ../shared/corpora)")
	published := flag.String("published", "1998-01-08", "publication date given to every file")
	flag.Parse()
	if err := run(*dateline, *corpora, *published, *mb*1e6, *fileKB*1000); err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(1)
	}
}

func run(dateline, corpora, published string, size, fileSize int) error {
	if dateline == "" {
		return errors.New("give -dateline, the binary to run")
	}
	texts, from, err := articles(corpora)
	if err != nil {
		return err
	}
	dir, err := os.MkdirTemp("", "dateline-bench-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	files, docs, total, err := writeInput(dir, texts, published, size, fileSize)
	if err != nil {
		return err
	}
	fmt.Printf("extraction side by side: %.1f MB of %s in %d files (%s)\n", float64(total)/1e6, from, len(files), time.Now().UTC().Format("2006-01-02 15:04 UTC"))
	fmt.Printf("%-12s %8s %8s %10s %8s %9s\n", "tool", "MB", "CPU s", "MB/CPU-s", "wall s", "RSS MiB")
	dl, err := measure(exec.Command(dateline, append([]string{"extract", "--published", published, "--format", "json"}, files...)...), "")
	if err != nil {
		return fmt.Errorf("dateline: %w", err)
	}
	dl.print("dateline", total)
	chrono := os.Getenv("DATELINE_CHRONO")
	if chrono == "" {
		why := os.Getenv("DATELINE_CHRONO_SKIP")
		if why == "" {
			why = "DATELINE_CHRONO not set"
		}
		fmt.Printf("chrono-node skipped: %s\n", why)
		return nil
	}
	cmd := exec.Command("node", filepath.Join("data", "timex", "testdata", "chrono", "run.js"))
	cmd.Env = append(os.Environ(), "NODE_PATH="+filepath.Join(chrono, "node_modules"), "TZ=UTC")
	ch, err := measure(cmd, docs)
	if err != nil {
		return fmt.Errorf("chrono-node: %w", err)
	}
	ch.print("chrono-node", total)
	fmt.Printf("dateline / chrono-node: %.2f× the MB per CPU-second, %.2f× the peak RSS\n",
		ch.cpu.Seconds()/dl.cpu.Seconds(), float64(dl.rss)/float64(ch.rss))
	return nil
}

// articles returns the texts to extract from: TimeBank's when the corpora
// are there, else the built-in briefing's, and says which.
func articles(corpora string) ([]string, string, error) {
	if corpora == "" {
		corpora = filepath.Join("..", "shared", "corpora")
	}
	paths, _ := filepath.Glob(filepath.Join(corpora, "tempeval3", "train", "TimeBank", "*.tml"))
	sort.Strings(paths)
	var texts []string
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			return nil, "", err
		}
		if t := timeMLText(string(b)); t != "" {
			texts = append(texts, t)
		}
	}
	if len(texts) > 0 {
		return texts, "TimeBank text", nil
	}
	briefing, err := sample.Articles()
	if err != nil {
		return nil, "", err
	}
	for _, a := range briefing {
		texts = append(texts, a.Text)
	}
	return texts, "the built-in briefing (corpora not found at " + corpora + ")", nil
}

var (
	textElement = regexp.MustCompile(`(?s)<TEXT>(.*?)</TEXT>`)
	tag         = regexp.MustCompile(`<[^>]*>`)
)

// timeMLText returns the body of a TimeML document without its tags.
func timeMLText(doc string) string {
	m := textElement.FindStringSubmatch(doc)
	if m == nil {
		return ""
	}
	return strings.TrimSpace(html.UnescapeString(tag.ReplaceAllString(m[1], "")))
}

// writeInput writes the texts, repeated, into files of about fileSize
// bytes until size bytes are written, and returns the files, the same
// documents as chrono-node's input lines and the bytes written.
func writeInput(dir string, texts []string, published string, size, fileSize int) ([]string, string, int, error) {
	var files []string
	var docs strings.Builder
	var doc strings.Builder
	total := 0
	flush := func() error {
		p := filepath.Join(dir, fmt.Sprintf("%05d.txt", len(files)))
		if err := os.WriteFile(p, []byte(doc.String()), 0o644); err != nil {
			return err
		}
		line, err := json.Marshal(map[string]string{"text": doc.String(), "dct": published})
		if err != nil {
			return err
		}
		docs.Write(line)
		docs.WriteByte('\n')
		files = append(files, p)
		total += doc.Len()
		doc.Reset()
		return nil
	}
	for i := 0; total+doc.Len() < size; i++ {
		doc.WriteString(texts[i%len(texts)])
		doc.WriteString("\n\n")
		if doc.Len() >= fileSize {
			if err := flush(); err != nil {
				return nil, "", 0, err
			}
		}
	}
	if doc.Len() > 0 {
		if err := flush(); err != nil {
			return nil, "", 0, err
		}
	}
	return files, docs.String(), total, nil
}

// usage is what one run of a tool cost.
type usage struct {
	cpu, wall time.Duration
	rss       int64 // peak resident set, bytes
}

// measure runs cmd with stdin as its input and its output thrown away.
func measure(cmd *exec.Cmd, stdin string) (usage, error) {
	cmd.Stdin = strings.NewReader(stdin)
	cmd.Stderr = os.Stderr
	start := time.Now()
	if err := cmd.Run(); err != nil {
		return usage{}, err
	}
	u := usage{wall: time.Since(start), cpu: cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()}
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		u.rss = int64(ru.Maxrss) << 10 // kilobytes on Linux
	}
	return u, nil
}

func (u usage) print(tool string, size int) {
	mb := float64(size) / 1e6
	fmt.Printf("%-12s %8.1f %8.2f %10.1f %8.2f %9.0f\n", tool, mb, u.cpu.Seconds(), mb/u.cpu.Seconds(), u.wall.Seconds(), float64(u.rss)/(1<<20))
}
