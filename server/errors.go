package server

import (
	"encoding/json"
	"net/http"
)

// errorBody is the JSON shape of every error response:
//
//	{"error": {"status": 400, "code": "invalid_utf8", "message": "...", "offset": 12}}
type errorBody struct {
	Error apiError `json:"error"`
}

type apiError struct {
	Status  int    `json:"status"`
	Code    string `json:"code"`
	Message string `json:"message"`
	// Offset is the byte offset of the first invalid byte, for invalid_utf8.
	Offset *int `json:"offset,omitempty"`
}

func writeError(w http.ResponseWriter, status int, code, msg string) {
	writeErrorAt(w, status, code, msg, nil)
}

func writeErrorAt(w http.ResponseWriter, status int, code, msg string, offset *int) {
	writeJSON(w, status, errorBody{apiError{Status: status, Code: code, Message: msg, Offset: offset}})
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.Encode(v)
}

func methodNotAllowed(allow string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Allow", allow)
		writeError(w, http.StatusMethodNotAllowed, "method_not_allowed", r.Method+" is not allowed here; use "+allow)
	}
}
