package server

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strconv"
	"time"
	"unicode/utf8"

	"github.com/dabir-nlp/dabir"
)

// endpoint is one POST /v1/... text endpoint: the stages it needs and how
// it shapes its answer from the Doc.
type endpoint struct {
	path  string
	base  dabir.Options // stages this endpoint never needs are off here
	shape func(d *dabir.Doc) any
}

// NormalizeResponse is the answer of POST /v1/normalize.
type NormalizeResponse struct {
	Text       string         `json:"text"`
	Normalized string         `json:"normalized"`
	Changes    []dabir.Change `json:"changes"`
}

// TokenizeResponse is the answer of POST /v1/tokenize.
type TokenizeResponse struct {
	Text       string           `json:"text"`
	Normalized string           `json:"normalized"`
	Sentences  []dabir.Sentence `json:"sentences"`
}

// EntitiesResponse is the answer of POST /v1/entities (named entities) and
// POST /v1/dates (dates, times and numbers).
type EntitiesResponse struct {
	Text     string         `json:"text"`
	Entities []dabir.Entity `json:"entities"`
}

var endpoints = []endpoint{
	{
		path: "/v1/normalize",
		base: dabir.Options{NoTokenize: true, NoTag: true, NoLemma: true, NoEntities: true, NoDates: true},
		shape: func(d *dabir.Doc) any {
			return NormalizeResponse{Text: d.Text, Normalized: d.Normalized, Changes: d.Changes}
		},
	},
	{
		path: "/v1/tokenize",
		base: dabir.Options{NoTag: true, NoLemma: true, NoEntities: true, NoDates: true},
		shape: func(d *dabir.Doc) any {
			return TokenizeResponse{Text: d.Text, Normalized: d.Normalized, Sentences: d.Sentences}
		},
	},
	{
		path:  "/v1/analyze",
		shape: func(d *dabir.Doc) any { return d },
	},
	{
		path: "/v1/entities",
		base: dabir.Options{NoLemma: true, NoDates: true},
		shape: func(d *dabir.Doc) any {
			return EntitiesResponse{Text: d.Text, Entities: only(d.Entities, "ner")}
		},
	},
	{
		path: "/v1/dates",
		base: dabir.Options{NoTokenize: true, NoTag: true, NoLemma: true, NoEntities: true},
		shape: func(d *dabir.Doc) any {
			return EntitiesResponse{Text: d.Text, Entities: only(d.Entities, "dates")}
		},
	},
}

func only(es []dabir.Entity, source string) []dabir.Entity {
	out := []dabir.Entity{}
	for _, e := range es {
		if e.Source == source {
			out = append(out, e)
		}
	}
	return out
}

// textHandler reads the text of a request, runs the pipeline the endpoint
// and the query parameters select, and writes the endpoint's answer.
func (s *Server) textHandler(ep endpoint) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		opts, err := parseOptions(r, ep.base)
		if err != nil {
			writeError(w, http.StatusBadRequest, "bad_parameter", err.Error())
			return
		}
		select {
		case s.slots <- struct{}{}:
			defer func() { <-s.slots }()
		case <-r.Context().Done():
			writeError(w, http.StatusServiceUnavailable, "unavailable", "the server is busy; try again")
			return
		}
		text, status, code, err := s.readText(w, r)
		if err != nil {
			var off *int
			var ie invalidUTF8Error
			if errors.As(err, &ie) {
				off = &ie.offset
			}
			writeErrorAt(w, status, code, err.Error(), off)
			return
		}
		doc := dabir.New(opts).Analyze(text)
		writeJSON(w, http.StatusOK, ep.shape(doc))
	}
}

// parseOptions applies the query parameters normalize, tokenize, tag,
// lemma, ner, dates (booleans) and ref (a YYYY-MM-DD reference date) to the
// endpoint's base options. A stage the endpoint never runs stays off.
func parseOptions(r *http.Request, opts dabir.Options) (dabir.Options, error) {
	q := r.URL.Query()
	for name, vals := range q {
		if len(vals) != 1 {
			return opts, fmt.Errorf("parameter %q given %d times", name, len(vals))
		}
		v := vals[0]
		if name == "ref" {
			t, err := time.Parse(time.DateOnly, v)
			if err != nil {
				return opts, fmt.Errorf("parameter ref: want a date like 2022-02-04, got %q", v)
			}
			opts.Reference = t
			continue
		}
		var off *bool
		switch name {
		case "normalize":
			off = &opts.NoNormalize
		case "tokenize":
			off = &opts.NoTokenize
		case "tag":
			off = &opts.NoTag
		case "lemma":
			off = &opts.NoLemma
		case "ner":
			off = &opts.NoEntities
		case "dates":
			off = &opts.NoDates
		default:
			return opts, fmt.Errorf("unknown parameter %q (known: normalize, tokenize, tag, lemma, ner, dates, ref)", name)
		}
		on, err := strconv.ParseBool(v)
		if err != nil {
			return opts, fmt.Errorf("parameter %s: want true or false, got %q", name, v)
		}
		if !on {
			*off = true
		}
	}
	return opts, nil
}

// request is the JSON form of a request body.
type request struct {
	Text *string `json:"text"`
}

// invalidUTF8Error reports a request text that is not valid UTF-8.
type invalidUTF8Error struct{ offset int }

// Error says where the first invalid byte is.
func (e invalidUTF8Error) Error() string {
	return fmt.Sprintf("the text is not valid UTF-8 (first bad byte at offset %d)", e.offset)
}

// readText returns the text of the request: the whole body for text/plain
// (or no Content-Type, or the form type "curl -d" sends), the "text" field for application/json. On error it
// also returns the HTTP status and error code to answer with.
func (s *Server) readText(w http.ResponseWriter, r *http.Request) (string, int, string, error) {
	body := http.MaxBytesReader(w, r.Body, s.opts.MaxBodyBytes)
	b, err := io.ReadAll(body)
	if err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			return "", http.StatusRequestEntityTooLarge, "body_too_large",
				fmt.Errorf("the request body is larger than the limit of %d bytes", mbe.Limit)
		}
		return "", http.StatusBadRequest, "bad_body", fmt.Errorf("reading the body: %v", err)
	}
	mt := "text/plain"
	if ct := r.Header.Get("Content-Type"); ct != "" {
		mt, _, err = mime.ParseMediaType(ct)
		if err != nil {
			return "", http.StatusUnsupportedMediaType, "unsupported_media_type", fmt.Errorf("bad Content-Type %q", ct)
		}
	}
	var text string
	switch mt {
	case "text/plain", "application/x-www-form-urlencoded":
		// The body is the text, verbatim (curl -d sends the second type).
		text = string(b)
	case "application/json":
		if !utf8.Valid(b) {
			return "", http.StatusBadRequest, "invalid_utf8", invalidUTF8Error{firstInvalid(b)}
		}
		var req request
		dec := json.NewDecoder(bytes.NewReader(b))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&req); err != nil {
			return "", http.StatusBadRequest, "bad_json", fmt.Errorf("the body is not the expected JSON object {\"text\": \"...\"}: %v", err)
		}
		if dec.More() {
			return "", http.StatusBadRequest, "bad_json", errors.New("the body has data after the JSON object")
		}
		if req.Text == nil {
			return "", http.StatusBadRequest, "bad_json", errors.New(`the JSON object has no "text" field`)
		}
		text = *req.Text
	default:
		return "", http.StatusUnsupportedMediaType, "unsupported_media_type",
			fmt.Errorf("Content-Type %q is not supported; use text/plain or application/json", mt)
	}
	if !utf8.ValidString(text) {
		return "", http.StatusBadRequest, "invalid_utf8", invalidUTF8Error{firstInvalid([]byte(text))}
	}
	return text, 0, "", nil
}

func firstInvalid(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 {
			return i
		}
		i += n
	}
	return len(b)
}

// healthz answers {"status": "ok", "stages": [...]}: the stages a full
// analysis runs in this build.
func (s *Server) healthz(w http.ResponseWriter, r *http.Request) {
	writeJSON(w, http.StatusOK, map[string]any{
		"status": "ok",
		"stages": dabir.New(dabir.Options{}).Stages(),
	})
}
