// Package e2e drives Dabir's web page in headless Chromium: it starts the
// HTTP server on a random loopback port, pastes the sample article into the
// page, presses the analyze button and checks what a reader would see. It
// skips when no Chromium is installed (Debian: apt-get install chromium).
package e2e

import (
	"context"
	"encoding/base64"
	"io"
	"log/slog"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dabir-nlp/dabir/server"
)

// screenshotPath is where the test saves its screenshot: $DABIR_E2E_OUT,
// or dabir-e2e/page.png in the temporary directory.
func screenshotPath(t *testing.T) string {
	if p := os.Getenv("DABIR_E2E_OUT"); p != "" {
		return p
	}
	dir := filepath.Join(os.TempDir(), "dabir-e2e")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	return filepath.Join(dir, "page.png")
}

func TestPageInChromium(t *testing.T) {
	if testing.Short() {
		t.Skip("e2e: skipped in -short mode")
	}
	chromium := findChromium()
	if chromium == "" {
		t.Skip("e2e: no Chromium found (install the Debian package 'chromium' or set DABIR_CHROMIUM); skipping the browser test")
	}
	article, err := os.ReadFile(filepath.Join("..", "testdata", "news.txt"))
	if err != nil {
		t.Fatal(err)
	}

	srv := httptest.NewServer(server.New(server.Options{Logger: slog.New(slog.NewTextHandler(io.Discard, nil))}))
	defer srv.Close()
	if !strings.HasPrefix(srv.URL, "http://127.0.0.1:") {
		t.Fatalf("server not on loopback: %s", srv.URL)
	}

	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	b, err := startBrowser(chromium, t.TempDir())
	if err != nil {
		t.Fatalf("starting %s: %v", chromium, err)
	}
	defer b.close()
	p, err := b.newPage(ctx)
	if err != nil {
		t.Fatal(err)
	}
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(p.call(ctx, "Emulation.setDeviceMetricsOverride", map[string]any{
		"width": 1200, "height": 900, "deviceScaleFactor": 1, "mobile": false}, nil))
	must(p.call(ctx, "Page.navigate", map[string]any{"url": srv.URL + "/"}, nil))
	must(p.waitFor(ctx, `document.readyState === "complete" && document.getElementById("analyze")`))

	// The page is laid out right to left in the Persian font stack.
	var layout struct {
		Dir, Direction, Font, Lang string
	}
	must(p.eval(ctx, `(() => { const s = getComputedStyle(document.body);
		return {Dir: document.documentElement.dir, Direction: s.direction, Font: s.fontFamily, Lang: document.documentElement.lang}; })()`, &layout))
	if layout.Dir != "rtl" || layout.Direction != "rtl" || layout.Lang != "fa" || !strings.HasPrefix(layout.Font, `Vazirmatn, "Noto Naskh Arabic"`) {
		t.Errorf("layout %+v, want rtl, fa and the Persian font stack", layout)
	}

	// Paste the article: focus the text area and insert the text the way
	// a paste or an input method does.
	must(p.click(ctx, "#input"))
	must(p.call(ctx, "Input.insertText", map[string]any{"text": string(article)}, nil))
	var pasted string
	must(p.eval(ctx, `document.getElementById("input").value`, &pasted))
	if pasted != string(article) {
		t.Fatalf("text area holds %d bytes, want the %d-byte article", len(pasted), len(article))
	}

	must(p.click(ctx, "#analyze"))
	must(p.waitFor(ctx, `document.body.dataset.state`))
	var state, status string
	must(p.eval(ctx, `document.body.dataset.state`, &state))
	must(p.eval(ctx, `document.getElementById("status").textContent`, &status))
	if state != "done" {
		t.Fatalf("analysis ended in state %q: %s", state, status)
	}

	var seen struct {
		Changes, Sentences, Tokens, Entities int
		Types                                []string
		EntityTexts                          []string
		Normalized                           string
	}
	must(p.eval(ctx, `(() => ({
		Changes: document.querySelectorAll("#normalized mark.chg").length,
		Sentences: document.querySelectorAll("#sentences > li").length,
		Tokens: document.querySelectorAll("#sentences .tok").length,
		Entities: document.querySelectorAll("#entities mark.ent").length,
		Types: [...new Set([...document.querySelectorAll("#entities mark.ent")].map(e => e.dataset.type))],
		EntityTexts: [...document.querySelectorAll("#entities mark.ent")].map(e => e.textContent),
		Normalized: document.getElementById("normalized").textContent,
	}))()`, &seen))
	t.Logf("page shows %d changes, %d sentences, %d tokens, %d entities of types %q", seen.Changes, seen.Sentences, seen.Tokens, seen.Entities, seen.Types)
	if seen.Sentences < 9 || seen.Tokens < 500 {
		t.Errorf("page shows %d sentences and %d tokens for the 9-paragraph article", seen.Sentences, seen.Tokens)
	}
	// The article has Arabic-keyboard forms (رییس, مسایل) and split
	// half-spaces (بین المللی): the normalizer changes them.
	if seen.Changes == 0 {
		t.Errorf("no normalization change highlighted")
	}
	if seen.Entities == 0 {
		t.Errorf("no entity highlighted in the article")
	}
	for _, e := range seen.EntityTexts {
		if strings.TrimSpace(e) == "" || !strings.Contains(string(article), e) {
			t.Errorf("highlighted entity %+q is not a piece of the article", e)
		}
	}
	// Everything the page loaded came from the server itself.
	var foreign []string
	must(p.eval(ctx, `performance.getEntriesByType("resource").map(e => e.name).filter(n => !n.startsWith(location.origin + "/"))`, &foreign))
	if len(foreign) > 0 {
		t.Errorf("the page loaded resources from elsewhere: %q", foreign)
	}
	// Dates are listed in both calendars (the article has «سال ۲۰۱۴»).
	var bothCalendars int
	must(p.eval(ctx, `[...document.querySelectorAll("#dates tbody tr")].filter(r => r.cells.length === 5 && r.cells[3].textContent && r.cells[4].textContent).length`, &bothCalendars))
	if bothCalendars == 0 {
		t.Errorf("no date shown in both the Jalali and the Gregorian calendar")
	}
	// The entity view is the article exactly as pasted, with marks.
	var entitiesText string
	must(p.eval(ctx, `document.getElementById("entities").textContent`, &entitiesText))
	if entitiesText != string(article) {
		t.Errorf("entity view shows %d bytes that differ from the %d-byte article", len(entitiesText), len(article))
	}

	// A full-page screenshot, for people to look at.
	var metrics struct {
		CSSContentSize struct{ Width, Height float64 } `json:"cssContentSize"`
	}
	must(p.call(ctx, "Page.getLayoutMetrics", nil, &metrics))
	full := capture(ctx, t, p, 0, min(metrics.CSSContentSize.Height, 8000))
	path := screenshotPath(t)
	must(os.WriteFile(path, full, 0o644))
	// And the first screen, readable at a glance.
	top := strings.TrimSuffix(path, ".png") + "-top.png"
	must(os.WriteFile(top, capture(ctx, t, p, 0, 1300), 0o644))
	// And the entities with the dates table.
	var region struct{ Y, H float64 }
	must(p.eval(ctx, `(() => { const a = document.getElementById("entities").previousElementSibling.previousElementSibling.getBoundingClientRect();
		const b = document.getElementById("dates").getBoundingClientRect();
		return {Y: a.top + window.scrollY, H: b.bottom - a.top}; })()`, &region))
	ents := strings.TrimSuffix(path, ".png") + "-entities.png"
	must(os.WriteFile(ents, capture(ctx, t, p, region.Y, min(region.H, 4000)), 0o644))
	png := full
	// And the first sentences with their tokens, tags and lemmas.
	must(p.eval(ctx, `(() => { const a = document.getElementById("sentences").previousElementSibling.getBoundingClientRect();
		return {Y: a.top + window.scrollY, H: 1200}; })()`, &region))
	toks := strings.TrimSuffix(path, ".png") + "-tokens.png"
	must(os.WriteFile(toks, capture(ctx, t, p, region.Y, region.H), 0o644))
	t.Logf("screenshots saved to %s (%d bytes), %s, %s and %s", path, len(png), top, ents, toks)
}

// capture returns a PNG of the page from y down, height CSS pixels.
func capture(ctx context.Context, t *testing.T, p *page, y, height float64) []byte {
	t.Helper()
	var shot struct {
		Data string `json:"data"`
	}
	err := p.call(ctx, "Page.captureScreenshot", map[string]any{
		"format": "png", "captureBeyondViewport": true,
		"clip": map[string]any{"x": 0, "y": y, "width": 1200, "height": height, "scale": 1},
	}, &shot)
	if err != nil {
		t.Fatal(err)
	}
	png, err := base64.StdEncoding.DecodeString(shot.Data)
	if err != nil || len(png) < 1000 || string(png[1:4]) != "PNG" {
		t.Fatalf("screenshot: %d bytes, %v", len(png), err)
	}
	return png
}
