// Command dabir is the command-line face of the Dabir Persian text toolkit.
//
// Run "dabir help" for the list of subcommands.
package main

import (
	"os"

	"github.com/dabir-nlp/dabir/internal/cli"
)

func main() {
	os.Exit(cli.Main(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
