package timex_test

import (
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/dateline/dateline/data/timex"
)

// benchText is synthetic news prose written for the benchmark: dense in
// dates, numbers and abbreviations, like a wire story.
const benchText = `ASTANA, Nov. 27, 2024 (Reuters) - Russian President Vladimir Putin will visit Astana on Wednesday
for talks with Kazakh leader Kassym-Jomart Tokayev, the Kremlin said on Tuesday. Ushakov said the two men last
met in September, when Tokayev called for a peaceful settlement of the almost three-year conflict in Ukraine.
Leaders will gather for Thursday's CSTO summit, which was postponed from October. The U.S. embassy said at
11 a.m. Tuesday that it had no comment. Trade between the two countries rose 4.6% to $28 billion in the first
nine months of the year, compared with a year earlier, and officials expect growth to continue next year.
Russia invaded Ukraine in February 2022, and its economy shrank in the second quarter of 2023 before recovering
in the 1990s-style boom of recent months. Gov. Smith, who spent two weeks in Moscow last month, said 1,500
troops had left since Sept. 12, 2024, and that another 2,000 would leave within days. Talks may resume in
early December or by mid-2025. Markets fell 3 percent on Monday morning and rose again overnight; the index has
climbed every Tuesday for the past 12 months. "We are now in a new era," he said. Oil exports, which run at
about 1.2 million barrels daily, are due to rise annually through 2030.
`

func BenchmarkTag(b *testing.B) {
	text := strings.Repeat(benchText, 20)
	dct := time.Date(2024, 11, 27, 0, 0, 0, 0, time.UTC)
	b.ReportAllocs()
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		timex.Tag(text, dct)
	}
}

func BenchmarkSentences(b *testing.B) {
	text := strings.Repeat(benchText, 20)
	b.ReportAllocs()
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		timex.Sentences(text)
	}
}

// BenchmarkTag_TimeBank tags the TimeBank and AQUAINT texts, real news
// prose, when the corpora are present.
func BenchmarkTag_TimeBank(b *testing.B) {
	dir := corporaDir(b)
	var docs []evalDoc
	for _, sub := range []string{"TimeBank", "AQUAINT"} {
		docs = append(docs, readTimeMLFiles(b, filepath.Join(dir, "tempeval3", "train", sub))...)
	}
	size := 0
	for _, d := range docs {
		size += len(d.text)
	}
	b.ReportAllocs()
	b.SetBytes(int64(size))
	for b.Loop() {
		for _, d := range docs {
			timex.Tag(d.text, d.dct)
		}
	}
}

// BenchmarkTag_Large tags 8 MB of news prose in paragraphs, the size of a
// large import, and reports the bytes allocated per byte of input: with
// the text read a block at a time it stays near the output's share.
func BenchmarkTag_Large(b *testing.B) {
	para := strings.ReplaceAll(benchText, "\n", " ") + "\n\n"
	text := strings.Repeat(para, 8<<20/len(para))
	dct := time.Date(2024, 11, 27, 0, 0, 0, 0, time.UTC)
	b.ReportAllocs()
	b.SetBytes(int64(len(text)))
	var ms0, ms1 runtime.MemStats
	runtime.ReadMemStats(&ms0)
	for b.Loop() {
		timex.Tag(text, dct)
	}
	runtime.ReadMemStats(&ms1)
	b.ReportMetric(float64(ms1.TotalAlloc-ms0.TotalAlloc)/float64(b.N)/float64(len(text)), "B/byte")
}
