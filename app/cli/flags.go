package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
)

// newFlags returns a flag set for subcommand name whose help prints usage
// and then the flags, and whose errors go to stderr followed by a pointer
// to the help (the whole help would push the error off the screen).
func newFlags(name, usage string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		if fs.Output() == stderr {
			return // parse points to the help after the error
		}
		fmt.Fprint(fs.Output(), usage)
		fs.PrintDefaults()
	}
	return fs
}

// parse parses args, flags anywhere among the files ("extract a.md
// --format csv" works as users expect; "--" ends the flags, so a file may
// be named "-x"). When it returns false the command should exit with
// code: 0 after --help (printed on stdout, as asked for), 2 after a bad
// flag (reported on stderr). fs.Args() holds the files afterwards.
func parse(fs *flag.FlagSet, args []string, stdout io.Writer) (code int, ok bool) {
	err := parseInterspersed(fs, args)
	switch {
	case err == nil:
		return 0, true
	case errors.Is(err, flag.ErrHelp):
		fs.SetOutput(stdout)
		fs.Usage()
		return 0, false
	}
	fmt.Fprintf(fs.Output(), "see dateline %s --help\n", fs.Name())
	return 2, false
}

// parseInterspersed is fs.Parse that goes on after each file instead of
// stopping at the first, so flags may follow the files.
func parseInterspersed(fs *flag.FlagSet, args []string) error {
	var files []string
	for {
		if err := fs.Parse(args); err != nil {
			return err
		}
		rest := fs.Args()
		if n := len(args) - len(rest); n > 0 && args[n-1] == "--" && !takesValue(fs, args, n-1) {
			files = append(files, rest...)
			break
		}
		if len(rest) == 0 {
			break
		}
		files, args = append(files, rest[0]), rest[1:]
	}
	// Parse once more so that fs.Args() returns the files.
	return fs.Parse(append([]string{"--"}, files...))
}

// takesValue reports whether args[i] is the value of the flag before it
// ("--title --"), not the end of the flags.
func takesValue(fs *flag.FlagSet, args []string, i int) bool {
	if i == 0 {
		return false
	}
	prev := args[i-1]
	name := prev
	for len(name) > 0 && name[0] == '-' {
		name = name[1:]
	}
	if name == prev || name == "" {
		return false
	}
	if strings.ContainsRune(name, '=') {
		return false // -flag=value carries its own value
	}
	f := fs.Lookup(name)
	if f == nil {
		return false
	}
	b, isBool := f.Value.(interface{ IsBoolFlag() bool })
	return !isBool || !b.IsBoolFlag()
}

// boundedFloat is a float flag that only takes finite values in (0, max]:
// NaN, infinities, zero, negative and absurdly large sizes are usage
// errors that name the flag, before any work is done.
type boundedFloat struct {
	v, max float64
}

// floatFlag defines a boundedFloat flag on fs with a default value.
func floatFlag(fs *flag.FlagSet, name string, value, max float64, usage string) *float64 {
	f := &boundedFloat{v: value, max: max}
	fs.Var(f, name, usage)
	return &f.v
}

// String implements flag.Value.
func (f *boundedFloat) String() string {
	if f == nil {
		return ""
	}
	return strconv.FormatFloat(f.v, 'g', -1, 64)
}

// Set implements flag.Value.
func (f *boundedFloat) Set(s string) error {
	v, err := strconv.ParseFloat(s, 64)
	switch {
	case err != nil:
		return errors.New("not a number")
	case math.IsNaN(v) || math.IsInf(v, 0):
		return errors.New("want a finite number")
	case v <= 0:
		return errors.New("want a positive number")
	case v > f.max:
		return fmt.Errorf("want at most %g", f.max)
	}
	f.v = v
	return nil
}
