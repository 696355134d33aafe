// Command dabir is the command-line face of the Dabir Persian text toolkit.
//
// Run "dabir help" for the list of subcommands.
package main

import (
	"os"
	"os/signal"
	"syscall"

	"github.com/dabir-nlp/dabir/internal/cli"
)

func main() {
	// A closed output pipe (dabir ... | head) must surface as an EPIPE write
	// error, which cli.Main counts as success, not kill the process.
	signal.Ignore(syscall.SIGPIPE)
	os.Exit(cli.Main(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
