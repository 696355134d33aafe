// Package shared locates the project's shared data folder (../shared/data
// beside the repository), from which models and lexicons are derived and
// against which accuracy is measured. Nothing in it is embedded.
package shared

import (
	"errors"
	"os"
	"path/filepath"
)

// EnvVar names the environment variable that overrides the data folder.
const EnvVar = "DABIR_SHARED_DATA"

// ErrNotFound is returned by Dir when no shared data folder can be found.
var ErrNotFound = errors.New("shared: ../shared/data not found (set " + EnvVar + ")")

// Dir returns the shared data folder: $DABIR_SHARED_DATA if set, else the
// folder shared/data beside the nearest enclosing directory that holds a
// go.mod of this repository, searching upwards from the working directory.
func Dir() (string, error) {
	if d := os.Getenv(EnvVar); d != "" {
		if isDir(d) {
			return d, nil
		}
		return "", ErrNotFound
	}
	wd, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for d := wd; ; d = filepath.Dir(d) {
		if cand := filepath.Join(d, "..", "shared", "data"); isFile(filepath.Join(d, "go.mod")) && isDir(cand) {
			return filepath.Clean(cand), nil
		}
		if cand := filepath.Join(d, "shared", "data"); isDir(cand) {
			return cand, nil
		}
		if filepath.Dir(d) == d {
			return "", ErrNotFound
		}
	}
}

// Path joins elem onto the shared data folder.
func Path(elem ...string) (string, error) {
	d, err := Dir()
	if err != nil {
		return "", err
	}
	return filepath.Join(append([]string{d}, elem...)...), nil
}

func isDir(p string) bool {
	st, err := os.Stat(p)
	return err == nil && st.IsDir()
}

func isFile(p string) bool {
	st, err := os.Stat(p)
	return err == nil && !st.IsDir()
}
