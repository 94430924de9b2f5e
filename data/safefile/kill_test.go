package safefile_test

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/dateline/dateline/data/safefile"
)

// childEnv, when set to a path, turns the test binary into the child of
// TestWrite_KillNine: it saves generation after generation to that path
// until it is killed.
const childEnv = "DATELINE_SAFEFILE_CHILD"

// generationSize is the size of one generation's file: large enough that
// writing and syncing it takes a while, so kills land mid-save.
const generationSize = 2 << 20

func TestMain(m *testing.M) {
	if path := os.Getenv(childEnv); path != "" {
		saveForever(path)
		return
	}
	os.Exit(m.Run())
}

// saveForever is the child: it continues from the generation on disk,
// says "ready" once and then saves the next generations in a loop.
func saveForever(path string) {
	gen := 0
	if b, err := os.ReadFile(path); err == nil {
		gen, _ = parseGeneration(b)
	}
	fmt.Println("ready")
	for {
		gen++
		content := generation(gen)
		if err := safefile.Write(path, func(w io.Writer) error {
			// Several writes, as an encoder makes them, so a kill can
			// also land between two of them.
			for b := content; len(b) > 0; b = b[min(len(b), 256<<10):] {
				if _, err := w.Write(b[:min(len(b), 256<<10)]); err != nil {
					return err
				}
			}
			return nil
		}); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(2)
		}
	}
}

// generation is the whole content of save number gen: a header naming
// it, a body that depends on it throughout and a trailer, so a file that is
// neither exactly one generation nor another is caught.
func generation(gen int) []byte {
	const letters = "abcdefghijklmnopqrstuvwxyz"
	r := gen % len(letters)
	body := bytes.Repeat([]byte(letters[r:]+letters[:r]), generationSize/len(letters))
	head := fmt.Appendf(nil, "generation %d\n", gen)
	return fmt.Appendf(append(head, body...), "\nend of generation %d\n", gen)
}

// parseGeneration returns the generation b holds, or an error when b is
// not exactly one generation's content.
func parseGeneration(b []byte) (int, error) {
	var gen int
	if _, err := fmt.Sscanf(string(b[:min(len(b), 40)]), "generation %d\n", &gen); err != nil {
		return 0, fmt.Errorf("no generation header in %q", b[:min(len(b), 40)])
	}
	if !bytes.Equal(b, generation(gen)) {
		return 0, fmt.Errorf("%d bytes claiming generation %d are not its content", len(b), gen)
	}
	return gen, nil
}

// TestWrite_KillNine kills a child process that saves a 2 MB file in a loop
// with SIGKILL at random moments, and checks after every kill that the file
// is exactly one whole generation, no older than before, with its mode kept.
func TestWrite_KillNine(t *testing.T) {
	if testing.Short() {
		t.Skip("kills a child process 60 times")
	}
	const kills = 60
	dir := t.TempDir()
	path := filepath.Join(dir, "project.dateline")
	if err := os.WriteFile(path, generation(0), 0o640); err != nil {
		t.Fatal(err)
	}
	seed := uint64(time.Now().UnixNano())
	t.Logf("seed %d", seed)
	rng := rand.New(rand.NewPCG(seed, 0))
	gen, midSave := 0, 0
	for k := range kills {
		before := len(temps(t, dir))
		killChild(t, path, time.Duration(rng.IntN(60_000))*time.Microsecond)
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("kill %d: %v", k, err)
		}
		got, err := parseGeneration(b)
		if err != nil {
			t.Fatalf("kill %d: broken file: %v", k, err)
		}
		if got < gen {
			t.Fatalf("kill %d: generation %d went back to %d", k, gen, got)
		}
		gen = got
		if len(temps(t, dir)) > before {
			midSave++ // the child died with a temporary open: mid-save
		}
	}
	if fi, err := os.Stat(path); err != nil || fi.Mode().Perm() != 0o640 {
		t.Errorf("mode not kept: %v %v", fi.Mode(), err)
	}
	t.Logf("%d kills, %d of them mid-save, %d generations saved", kills, midSave, gen)
	if midSave == 0 || gen == 0 {
		t.Errorf("the test did not test: %d kills landed mid-save and %d generations were saved", midSave, gen)
	}
}

// killChild starts a saving child on path, lets it save for after once it
// is ready, and kills it with SIGKILL.
func killChild(t *testing.T, path string, after time.Duration) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), childEnv+"="+path)
	cmd.Stderr = os.Stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	if line, err := bufio.NewReader(out).ReadString('\n'); err != nil || line != "ready\n" {
		cmd.Process.Kill()
		cmd.Wait()
		t.Fatalf("child did not start: %q %v", line, err)
	}
	time.Sleep(after)
	if err := cmd.Process.Kill(); err != nil { // SIGKILL on Unix
		t.Fatal(err)
	}
	cmd.Wait()
}
