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
	measureDir := flag.String("measure", "", "measure the tools on the input in this folder (the second stage)")
	flag.Parse()
	var err error
	if *measureDir != "" {
		err = measureAll(*dateline, *measureDir, *published)
	} else {
		err = prepare(*dateline, *corpora, *published, *mb*1e6, *fileKB*1000)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(1)
	}
}

// prepare writes the input into a temporary folder and runs this command
// again to measure the tools on it. The second process holds none of the
// text: a child's peak RSS counts the memory of the process that started
// it (Linux records it at exec), so the tools are started from a small
// one.
func prepare(dateline, corpora, published string, size, fileSize int) error {
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
	files, total, err := writeInput(dir, texts, published, size, fileSize)
	if err != nil {
		return err
	}
	texts = nil
	fmt.Printf("extraction side by side: %.1f MB of %s in %d files (%s)\n", float64(total)/1e6, from, files, time.Now().UTC().Format("2006-01-02 15:04 UTC"))
	self, err := os.Executable()
	if err != nil {
		return err
	}
	cmd := exec.Command(self, "-measure", dir, "-dateline", dateline, "-published", published)
	cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
	return cmd.Run()
}

// docsFile holds chrono-node's input in the measure folder, one JSON
// document a line, beside the article files.
const docsFile = "docs.jsonl"

// measureAll runs both tools on the input in dir and prints their rows.
func measureAll(dateline, dir, published string) error {
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		return err
	}
	sort.Strings(files)
	total := 0
	for _, f := range files {
		if fi, err := os.Stat(f); err == nil {
			total += int(fi.Size())
		}
	}
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
	ch, err := measure(cmd, filepath.Join(dir, docsFile))
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
// bytes until size bytes are written, and the same documents as
// chrono-node's input lines into docsFile; it returns how many files and
// bytes it wrote.
func writeInput(dir string, texts []string, published string, size, fileSize int) (int, int, error) {
	docs, err := os.Create(filepath.Join(dir, docsFile))
	if err != nil {
		return 0, 0, err
	}
	defer docs.Close()
	var doc strings.Builder
	files, total := 0, 0
	flush := func() error {
		p := filepath.Join(dir, fmt.Sprintf("%05d.txt", files))
		if err := os.WriteFile(p, []byte(doc.String()), 0o644); err != nil {
			return err
		}
		line, err := json.Marshal(map[string]string{"text": doc.String(), "dct": published})
		if err != nil {
			return err
		}
		if _, err := docs.Write(append(line, '\n')); err != nil {
			return err
		}
		files++
		total += doc.Len()
		doc.Reset()
		return nil
	}
	for i := 0; total+doc.Len() < size; i++ {
		doc.WriteString(texts[i%len(texts)])
		doc.WriteString("\n\n")
		if doc.Len() >= fileSize {
			if err := flush(); err != nil {
				return 0, 0, err
			}
		}
	}
	if doc.Len() > 0 {
		if err := flush(); err != nil {
			return 0, 0, err
		}
	}
	return files, total, docs.Close()
}

// usage is what one run of a tool cost.
type usage struct {
	cpu, wall time.Duration
	rss       int64 // peak resident set, bytes
}

// measure runs cmd with the file stdin (if any) as its input and its
// output thrown away.
func measure(cmd *exec.Cmd, stdin string) (usage, error) {
	if stdin != "" {
		f, err := os.Open(stdin)
		if err != nil {
			return usage{}, err
		}
		defer f.Close()
		cmd.Stdin = f
	}
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
