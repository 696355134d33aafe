// Package cli implements the dabir command line. Every subcommand lives in a
// file of its own with its own Options struct and registers itself in init;
// Main dispatches and owns the exit codes.
package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"syscall"
)

// Exit codes returned by Main.
const (
	ExitOK      = 0 // success, including a closed output pipe
	ExitFailure = 1 // the command ran and failed (missing file, bad data)
	ExitUsage   = 2 // the command line was wrong
)

// Env is what a subcommand may touch: its standard streams.
type Env struct {
	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer
}

// command is one subcommand of dabir (or of "dabir eval" / "dabir train").
type command struct {
	name    string
	summary string
	run     func(env *Env, args []string) int
}

var (
	commands      = map[string]*command{}
	evalCommands  = map[string]*command{}
	trainCommands = map[string]*command{}
)

func register(table map[string]*command, name, summary string, run func(*Env, []string) int) {
	if _, dup := table[name]; dup {
		panic("cli: command registered twice: " + name)
	}
	table[name] = &command{name: name, summary: summary, run: run}
}

// Main runs the dabir command line with args (without the program name) and
// returns the process exit code.
func Main(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	env := &Env{Stdin: stdin, Stdout: stdout, Stderr: stderr}
	return dispatch(env, "dabir", commands, args)
}

func dispatch(env *Env, prog string, table map[string]*command, args []string) int {
	if len(args) == 0 {
		usage(env.Stderr, prog, table)
		return ExitUsage
	}
	switch args[0] {
	case "help", "-h", "-help", "--help":
		if len(args) > 1 {
			if c, ok := table[args[1]]; ok {
				return c.run(env, []string{"-h"})
			}
		}
		usage(env.Stdout, prog, table)
		return ExitOK
	}
	c, ok := table[args[0]]
	if !ok {
		fmt.Fprintf(env.Stderr, "%s: unknown command %q\n", prog, args[0])
		usage(env.Stderr, prog, table)
		return ExitUsage
	}
	return c.run(env, args[1:])
}

func usage(w io.Writer, prog string, table map[string]*command) {
	fmt.Fprintf(w, "usage: %s <command> [flags] [args]\n\ncommands:\n", prog)
	names := make([]string, 0, len(table))
	for n := range table {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-12s %s\n", n, table[n].summary)
	}
	fmt.Fprintf(w, "\nRun '%s help <command>' for the flags of one command.\n", prog)
}

// newFlags returns a flag set that reports errors instead of exiting.
func newFlags(env *Env, name, synopsis string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	fs.Usage = func() {
		fmt.Fprintf(env.Stderr, "usage: %s\n\nflags:\n", synopsis)
		fs.PrintDefaults()
	}
	return fs
}

// parseFlags parses args into fs. It returns (code, false) when the command
// must stop: ExitOK after -h, ExitUsage after a bad flag.
func parseFlags(fs *flag.FlagSet, args []string) (int, bool) {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return ExitOK, false
		}
		return ExitUsage, false
	}
	return ExitOK, true
}

// finish turns the error a subcommand ended with into an exit code, printing
// it to stderr. A closed output pipe (dabir ... | head) counts as success.
func finish(env *Env, name string, err error) int {
	if err == nil || isClosedPipe(err) {
		return ExitOK
	}
	var ue usageError
	if errors.As(err, &ue) {
		fmt.Fprintf(env.Stderr, "dabir %s: %v\n", name, err)
		return ExitUsage
	}
	fmt.Fprintf(env.Stderr, "dabir %s: %v\n", name, err)
	return ExitFailure
}

// usageError marks an error caused by how the command was called.
type usageError struct{ msg string }

// Error returns the message.
func (e usageError) Error() string { return e.msg }

func usageErrorf(format string, a ...any) error { return usageError{fmt.Sprintf(format, a...)} }

func isClosedPipe(err error) bool {
	if errors.Is(err, syscall.EPIPE) || errors.Is(err, os.ErrClosed) || errors.Is(err, io.ErrClosedPipe) {
		return true
	}
	return strings.Contains(err.Error(), "broken pipe")
}
