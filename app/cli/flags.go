package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
)

// newFlags returns a flag set for subcommand name whose help prints usage
// and then the flags, and whose errors go to stderr.
func newFlags(name, usage string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), usage)
		fs.PrintDefaults()
	}
	return fs
}

// parse parses args; when it returns false the command should exit with
// code: 0 after --help (printed on stdout, as asked for), 2 after a bad
// flag (reported on stderr).
func parse(fs *flag.FlagSet, args []string, stdout io.Writer) (code int, ok bool) {
	err := fs.Parse(args)
	switch {
	case err == nil:
		return 0, true
	case errors.Is(err, flag.ErrHelp):
		fs.SetOutput(stdout)
		fs.Usage()
		return 0, false
	}
	return 2, false
}
