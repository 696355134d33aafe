package server_test

import (
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"

	"github.com/dabir-nlp/dabir/server"
)

// Serve the API (here on a test server) and normalize a text.
func ExampleNew() {
	h := server.New(server.Options{Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	srv := httptest.NewServer(h)
	defer srv.Close()

	resp, err := http.Post(srv.URL+"/v1/normalize", "text/plain; charset=utf-8", strings.NewReader("علي  رفت"))
	if err != nil {
		fmt.Println(err)
		return
	}
	defer resp.Body.Close()
	var r server.NormalizeResponse
	json.NewDecoder(resp.Body).Decode(&r)
	fmt.Println(resp.StatusCode, r.Normalized)
	for _, c := range r.Changes {
		fmt.Printf("%q → %q\n", c.Old, c.New)
	}
	// Output:
	// 200 علی رفت
	// "ي" → "ی"
	// " " → ""
}
