package server

import (
	"bytes"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"

	"github.com/dabir-nlp/dabir"
)

func newTestServer(t testing.TB, opts Options) (*Server, *bytes.Buffer) {
	t.Helper()
	var logs bytes.Buffer
	opts.Logger = slog.New(slog.NewJSONHandler(&logs, nil))
	return New(opts), &logs
}

// do sends one request to s and returns the response.
func do(t *testing.T, s http.Handler, method, target, ctype string, body []byte) *httptest.ResponseRecorder {
	t.Helper()
	req := httptest.NewRequest(method, target, bytes.NewReader(body))
	if ctype != "" {
		req.Header.Set("Content-Type", ctype)
	}
	rec := httptest.NewRecorder()
	s.ServeHTTP(rec, req)
	return rec
}

func decode[T any](t *testing.T, rec *httptest.ResponseRecorder) T {
	t.Helper()
	var v T
	if ct := rec.Header().Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		t.Fatalf("Content-Type %q, want JSON; body %+q", ct, rec.Body.String())
	}
	if err := json.Unmarshal(rec.Body.Bytes(), &v); err != nil {
		t.Fatalf("bad JSON %+q: %v", rec.Body.String(), err)
	}
	return v
}

const sample = "شی جین پينگ  روز جمعه ۱۴ بهمن در پکن با ولادیمیر پوتین دیدار کرد. دو طرف درباره روابط دو جانبه گفتگو کردند."

func TestAnalyzeSpansPointIntoInput(t *testing.T) {
	s, _ := newTestServer(t, Options{})
	bodies := []struct {
		ctype string
		body  []byte
	}{
		{"text/plain; charset=utf-8", []byte(sample)},
		{"", []byte(sample)},
		{"application/json", mustJSON(t, map[string]string{"text": sample})},
	}
	for _, b := range bodies {
		rec := do(t, s, "POST", "/v1/analyze", b.ctype, b.body)
		if rec.Code != http.StatusOK {
			t.Fatalf("%s: status %d, body %+q", b.ctype, rec.Code, rec.Body.String())
		}
		doc := decode[dabir.Doc](t, rec)
		if doc.Text != sample {
			t.Errorf("%s: text %+q, want the input", b.ctype, doc.Text)
		}
		if len(doc.Sentences) != 2 {
			t.Errorf("%s: %d sentences, want 2", b.ctype, len(doc.Sentences))
		}
		for _, snt := range doc.Sentences {
			for _, tok := range snt.Tokens {
				if got := sample[tok.Span.Start:tok.Span.End]; got != tok.Text {
					t.Errorf("%s: token %+q has span %v = %+q", b.ctype, tok.Text, tok.Span, got)
				}
				if got := doc.Normalized[tok.NormSpan.Start:tok.NormSpan.End]; got != tok.Norm {
					t.Errorf("%s: token norm %+q has norm_span %v = %+q", b.ctype, tok.Norm, tok.NormSpan, got)
				}
			}
		}
		for _, e := range doc.Entities {
			if got := sample[e.Span.Start:e.Span.End]; got != e.Text {
				t.Errorf("%s: entity %+q has span %v = %+q", b.ctype, e.Text, e.Span, got)
			}
		}
	}
}

func TestEndpointsShapes(t *testing.T) {
	s, _ := newTestServer(t, Options{})
	in := []byte(sample)
	if rec := do(t, s, "POST", "/v1/normalize", "text/plain", in); rec.Code != 200 {
		t.Errorf("normalize: %d %+q", rec.Code, rec.Body.String())
	} else {
		r := decode[NormalizeResponse](t, rec)
		// Applying the changes to the input gives the normalized text.
		var b strings.Builder
		pos := 0
		for _, c := range r.Changes {
			b.WriteString(sample[pos:c.From.Start])
			b.WriteString(c.New)
			pos = c.From.End
		}
		b.WriteString(sample[pos:])
		if b.String() != r.Normalized {
			t.Errorf("normalize: changes rebuild %+q, want %+q", b.String(), r.Normalized)
		}
	}
	if rec := do(t, s, "POST", "/v1/tokenize", "text/plain", in); rec.Code != 200 {
		t.Errorf("tokenize: %d %+q", rec.Code, rec.Body.String())
	} else if r := decode[TokenizeResponse](t, rec); len(r.Sentences) != 2 || len(r.Sentences[0].Tokens) < 10 {
		t.Errorf("tokenize: %+v", r)
	} else if tok := r.Sentences[0].Tokens[0]; tok.UPOS != "" || tok.Lemma != "" {
		t.Errorf("tokenize: token has tags %+v; the endpoint should not tag", tok)
	}
	for _, path := range []string{"/v1/entities", "/v1/dates"} {
		rec := do(t, s, "POST", path, "text/plain", in)
		if rec.Code != 200 {
			t.Errorf("%s: %d %+q", path, rec.Code, rec.Body.String())
			continue
		}
		r := decode[EntitiesResponse](t, rec)
		want := map[string]string{"/v1/entities": "ner", "/v1/dates": "dates"}[path]
		for _, e := range r.Entities {
			if e.Source != want {
				t.Errorf("%s: entity %+v from %q", path, e, e.Source)
			}
		}
		if r.Entities == nil {
			t.Errorf("%s: entities is null, want an array", path)
		}
	}
}

func TestErrors(t *testing.T) {
	s, _ := newTestServer(t, Options{MaxBodyBytes: 1000})
	tests := []struct {
		desc, method, target, ctype string
		body                        []byte
		status                      int
		code                        string
	}{
		{"invalid UTF-8", "POST", "/v1/normalize", "text/plain", []byte("سلام\xff\xfeدنیا"), 400, "invalid_utf8"},
		{"invalid UTF-8 in JSON", "POST", "/v1/analyze", "application/json", []byte("{\"text\":\"\xc3\"}"), 400, "invalid_utf8"},
		{"too large", "POST", "/v1/normalize", "text/plain", bytes.Repeat([]byte("ب"), 600), 413, "body_too_large"},
		{"not JSON", "POST", "/v1/analyze", "application/json", []byte("{text:"), 400, "bad_json"},
		{"no text field", "POST", "/v1/analyze", "application/json", []byte(`{"txt":"سلام"}`), 400, "bad_json"},
		{"text not a string", "POST", "/v1/analyze", "application/json", []byte(`{"text":12}`), 400, "bad_json"},
		{"two objects", "POST", "/v1/analyze", "application/json", []byte(`{"text":"a"}{"text":"b"}`), 400, "bad_json"},
		{"unknown parameter", "POST", "/v1/analyze?colour=red", "text/plain", []byte("سلام"), 400, "bad_parameter"},
		{"bad boolean", "POST", "/v1/analyze?tag=maybe", "text/plain", []byte("سلام"), 400, "bad_parameter"},
		{"bad date", "POST", "/v1/dates?ref=1400/11/15", "text/plain", []byte("سلام"), 400, "bad_parameter"},
		{"repeated parameter", "POST", "/v1/analyze?tag=false&tag=true", "text/plain", []byte("سلام"), 400, "bad_parameter"},
		{"wrong media type", "POST", "/v1/analyze", "image/png", []byte("سلام"), 415, "unsupported_media_type"},
		{"GET on POST endpoint", "GET", "/v1/analyze", "", nil, 405, "method_not_allowed"},
		{"POST on page", "POST", "/", "text/plain", []byte("x"), 405, "method_not_allowed"},
		{"unknown endpoint", "POST", "/v1/translate", "text/plain", []byte("x"), 404, "not_found"},
	}
	for _, tc := range tests {
		rec := do(t, s, tc.method, tc.target, tc.ctype, tc.body)
		if rec.Code != tc.status {
			t.Errorf("%s: status %d, want %d; body %+q", tc.desc, rec.Code, tc.status, rec.Body.String())
			continue
		}
		e := decode[errorBody](t, rec)
		if e.Error.Code != tc.code || e.Error.Status != tc.status || e.Error.Message == "" {
			t.Errorf("%s: error %+v, want code %q", tc.desc, e.Error, tc.code)
		}
		if tc.code == "invalid_utf8" && e.Error.Offset == nil {
			t.Errorf("%s: no offset in %+v", tc.desc, e.Error)
		}
	}
	// The offset names the first bad byte.
	rec := do(t, s, "POST", "/v1/normalize", "text/plain", []byte("سلام\xff"))
	if e := decode[errorBody](t, rec); e.Error.Offset == nil || *e.Error.Offset != len("سلام") {
		t.Errorf("invalid UTF-8 offset: %+v, want %d", e.Error, len("سلام"))
	}
}

func TestEmptyAndControlInput(t *testing.T) {
	s, _ := newTestServer(t, Options{})
	for _, in := range []string{"", " ", "\x00\x01\u200c\u200f", "abc ۱۲۳ \U0001F600 سلام\r\n"} {
		rec := do(t, s, "POST", "/v1/analyze", "application/json", mustJSON(t, map[string]string{"text": in}))
		if rec.Code != 200 {
			t.Errorf("%+q: status %d %+q", in, rec.Code, rec.Body.String())
			continue
		}
		if doc := decode[dabir.Doc](t, rec); doc.Text != in {
			t.Errorf("%+q: text came back as %+q", in, doc.Text)
		}
	}
}

func TestStageParameters(t *testing.T) {
	s, _ := newTestServer(t, Options{})
	rec := do(t, s, "POST", "/v1/analyze?normalize=false&tokenize=false", "text/plain", []byte("سلام  دنيا"))
	doc := decode[dabir.Doc](t, rec)
	if doc.Normalized != doc.Text || len(doc.Changes) != 0 || len(doc.Sentences) != 0 {
		t.Errorf("with normalize and tokenize off: %+v", doc)
	}
}

func TestHealthAndAccessLog(t *testing.T) {
	s, logs := newTestServer(t, Options{})
	rec := do(t, s, "GET", "/healthz", "", nil)
	h := decode[map[string]any](t, rec)
	if rec.Code != 200 || h["status"] != "ok" {
		t.Errorf("healthz: %d %+v", rec.Code, h)
	}
	var entry map[string]any
	if err := json.Unmarshal(bytes.TrimSpace(logs.Bytes()), &entry); err != nil {
		t.Fatalf("access log %+q: %v", logs.String(), err)
	}
	if entry["msg"] != "request" || entry["path"] != "/healthz" || entry["status"] != float64(200) {
		t.Errorf("access log entry %+v", entry)
	}
}

// The OpenAPI document parses and describes every endpoint and every query
// parameter the server accepts.
func TestOpenAPI(t *testing.T) {
	s, _ := newTestServer(t, Options{})
	rec := do(t, s, "GET", "/v1/openapi.json", "", nil)
	doc := decode[struct {
		OpenAPI string                    `json:"openapi"`
		Paths   map[string]map[string]any `json:"paths"`
		Comp    struct {
			Parameters map[string]any `json:"parameters"`
		} `json:"components"`
	}](t, rec)
	if !strings.HasPrefix(doc.OpenAPI, "3.") {
		t.Errorf("openapi version %q", doc.OpenAPI)
	}
	for _, ep := range endpoints {
		if _, ok := doc.Paths[ep.path]["post"]; !ok {
			t.Errorf("OpenAPI lacks POST %s", ep.path)
		}
	}
	for _, p := range []string{"normalize", "tokenize", "tag", "lemma", "ner", "dates", "ref"} {
		if _, ok := doc.Comp.Parameters[p]; !ok {
			t.Errorf("OpenAPI lacks parameter %s", p)
		}
		rec := do(t, s, "POST", "/v1/analyze?"+p+"="+map[bool]string{true: "2022-02-04", false: "false"}[p == "ref"], "text/plain", []byte("سلام"))
		if rec.Code != 200 {
			t.Errorf("parameter %s: %d %+q", p, rec.Code, rec.Body.String())
		}
	}
}

// The page is right-to-left, Persian, and loads nothing from other hosts.
func TestPageIsSelfContained(t *testing.T) {
	s, _ := newTestServer(t, Options{})
	rec := do(t, s, "GET", "/", "", nil)
	page := rec.Body.String()
	if rec.Code != 200 || !strings.Contains(page, `dir="rtl"`) || !strings.Contains(page, `lang="fa"`) {
		t.Fatalf("page: %d %+q", rec.Code, page)
	}
	external := regexp.MustCompile(`(?i)(src|href)\s*=\s*"(https?:)?//`)
	for _, name := range []string{"/", "/app.js", "/style.css"} {
		rec := do(t, s, "GET", name, "", nil)
		body, _ := io.ReadAll(rec.Body)
		if rec.Code != 200 || len(body) == 0 {
			t.Errorf("%s: %d", name, rec.Code)
		}
		if m := external.Find(body); m != nil {
			t.Errorf("%s loads from another host: %+q", name, m)
		}
		if bytes.Contains(body, []byte("@import")) || bytes.Contains(body, []byte("url(http")) {
			t.Errorf("%s imports external resources", name)
		}
	}
	css := do(t, s, "GET", "/style.css", "", nil).Body.String()
	if !strings.Contains(css, `"Vazirmatn", "Noto Naskh Arabic"`) || !strings.Contains(css, "direction: rtl") {
		t.Errorf("style.css lacks the Persian font stack or RTL direction")
	}
}

func mustJSON(t *testing.T, v any) []byte {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// FuzzAnalyzeEndpoint sends arbitrary bodies: the answer is always JSON,
// 200 with spans inside the text, or a 400 error.
func FuzzAnalyzeEndpoint(f *testing.F) {
	for _, s := range []string{"", sample, "\xff", `{"text":"سلام"}`, "a\x00b", "۱۴ بهمن ۱۴۰۰"} {
		f.Add(s, false)
		f.Add(s, true)
	}
	s, _ := newTestServer(f, Options{MaxBodyBytes: 1 << 16})
	f.Fuzz(func(t *testing.T, body string, asJSON bool) {
		ctype := "text/plain"
		if asJSON {
			ctype = "application/json"
		}
		rec := do(t, s, "POST", "/v1/analyze", ctype, []byte(body))
		switch rec.Code {
		case http.StatusOK:
			doc := decode[dabir.Doc](t, rec)
			for _, snt := range doc.Sentences {
				for _, tok := range snt.Tokens {
					if tok.Span.Start < 0 || tok.Span.End > len(doc.Text) || doc.Text[tok.Span.Start:tok.Span.End] != tok.Text {
						t.Fatalf("token %+v outside text %+q", tok, doc.Text)
					}
				}
			}
		case http.StatusBadRequest, http.StatusRequestEntityTooLarge:
			if e := decode[errorBody](t, rec); e.Error.Status != rec.Code || e.Error.Code == "" {
				t.Fatalf("error body %+v for status %d", e, rec.Code)
			}
		default:
			t.Fatalf("status %d for body %+q: %s", rec.Code, body, rec.Body.String())
		}
	})
}

// A panic in a handler is logged and answered with a 500 JSON error.
func TestPanicBecomes500(t *testing.T) {
	s, logs := newTestServer(t, Options{})
	s.mux.HandleFunc("GET /v1/boom", func(w http.ResponseWriter, r *http.Request) { panic("stage exploded") })
	rec := do(t, s, "GET", "/v1/boom", "", nil)
	if rec.Code != http.StatusInternalServerError {
		t.Fatalf("status %d, want 500", rec.Code)
	}
	if e := decode[errorBody](t, rec); e.Error.Code != "internal_error" {
		t.Errorf("error %+v", e.Error)
	}
	if !strings.Contains(logs.String(), "stage exploded") {
		t.Errorf("panic not logged: %q", logs.String())
	}
}
