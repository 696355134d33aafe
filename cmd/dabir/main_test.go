package main

import (
	"io"
	"os"
	"os/exec"
	"strings"
	"testing"
)

// TestMain lets the test binary act as dabir when DABIR_RUN_MAIN is set, so
// a test can run the real main in a child process.
func TestMain(m *testing.M) {
	if os.Getenv("DABIR_RUN_MAIN") == "1" {
		os.Args = append([]string{"dabir"}, strings.Fields(os.Getenv("DABIR_ARGS"))...)
		main()
		return
	}
	os.Exit(m.Run())
}

// TestClosedPipeIsSuccess checks `dabir normalize | head -c 1`: the reader
// goes away early, and dabir still exits 0 instead of dying of SIGPIPE.
func TestClosedPipeIsSuccess(t *testing.T) {
	exe, err := os.Executable()
	if err != nil {
		t.Skip(err)
	}
	cmd := exec.Command(exe)
	cmd.Env = append(os.Environ(), "DABIR_RUN_MAIN=1", "DABIR_ARGS=normalize")
	cmd.Stdin = strings.NewReader(strings.Repeat("رييس جمهور گفت میکند بین المللی.\n", 200000))
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	buf := make([]byte, 10)
	if _, err := io.ReadFull(out, buf); err != nil {
		t.Fatal(err)
	}
	out.Close() // like head: stop reading
	if err := cmd.Wait(); err != nil {
		t.Errorf("dabir normalize into a closed pipe: %v, want exit status 0", err)
	}
}
