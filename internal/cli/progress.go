package cli

import (
	"fmt"
	"io"
	"os"
	"strings"
	"time"
)

// progress is a reader that draws a progress bar on stderr.
type progress struct {
	r     io.Reader
	w     io.Writer
	name  string
	size  int64
	read  int64
	last  time.Time
	start time.Time
}

// newProgress returns a progress bar reading r, or nil when no bar should
// be drawn: mode "never", or mode "auto" and stderr is not a terminal or r
// is not a regular file.
func newProgress(env *Env, mode, name string, r io.Reader) *progress {
	if mode == "never" {
		return nil
	}
	f, ok := r.(*os.File)
	if !ok {
		return nil
	}
	st, err := f.Stat()
	if err != nil || !st.Mode().IsRegular() || st.Size() == 0 {
		return nil
	}
	if mode == "auto" {
		ef, ok := env.Stderr.(*os.File)
		if !ok {
			return nil
		}
		est, err := ef.Stat()
		if err != nil || est.Mode()&os.ModeCharDevice == 0 {
			return nil
		}
	}
	now := time.Now()
	return &progress{r: r, w: env.Stderr, name: name, size: st.Size(), start: now}
}

// Read reads from the input and redraws the bar at most every 200ms.
func (p *progress) Read(b []byte) (int, error) {
	n, err := p.r.Read(b)
	p.read += int64(n)
	if now := time.Now(); now.Sub(p.last) >= 200*time.Millisecond {
		p.last = now
		p.draw()
	}
	return n, err
}

// draw redraws the bar in place: share read, megabytes and rate.
func (p *progress) draw() {
	const width = 30
	frac := float64(p.read) / float64(p.size)
	if frac > 1 {
		frac = 1
	}
	full := int(frac * width)
	rate := float64(p.read) / 1e6 / max(time.Since(p.start).Seconds(), 1e-3)
	fmt.Fprintf(p.w, "\r%s [%s%s] %3.0f%% %.1f/%.1f MB %.1f MB/s ", p.name,
		strings.Repeat("=", full), strings.Repeat(" ", width-full), frac*100,
		float64(p.read)/1e6, float64(p.size)/1e6, rate)
}

// done draws the final state of the bar and ends its line.
func (p *progress) done() {
	p.draw()
	fmt.Fprintln(p.w)
}
