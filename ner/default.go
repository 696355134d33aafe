package ner

import (
	"embed"
	"io/fs"
	"sync"
)

// The embedded model is derived from ../shared/data by the repository's own
// trainer: ParsTwiNER train and dev (every choice of features and epochs
// was made on dev with a model trained on train alone), CLDR names, Hazm's
// word list, and word classes from raw text (never a test set).
//
//go:generate go run ../cmd/dabir train ner -withdev -out model

//go:embed model/*.gz
var modelFS embed.FS

var defaultRecognizer = sync.OnceValues(func() (*Recognizer, error) {
	sub, err := fs.Sub(modelFS, "model")
	if err != nil {
		return nil, err
	}
	return Load(sub)
})

// Default returns the recognizer built from the embedded model, loading it
// on first use and sharing it afterwards. It is safe for concurrent use.
// Default panics only if the embedded model is damaged, which the package's
// tests rule out.
func Default() *Recognizer {
	r, err := defaultRecognizer()
	if err != nil {
		panic(err)
	}
	return r
}
