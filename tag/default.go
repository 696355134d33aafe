package tag

import (
	"embed"
	"io/fs"
	"sync"
)

// The embedded model is derived from ../shared/data by the repository's own
// trainer (Seraji and PerDT dev sets, iPerUDT train and dev, Hazm's
// words.dat and raw text; never the Seraji or PerDT test sets).
//
//go:generate go run ../cmd/dabir train pos -out model

//go:embed model/*.gz
var modelFS embed.FS

var defaultTagger = sync.OnceValues(func() (*Tagger, error) {
	sub, err := fs.Sub(modelFS, "model")
	if err != nil {
		return nil, err
	}
	return Load(sub)
})

// Default returns the tagger built from the embedded model, loading it on
// first use and sharing it afterwards. It follows the Seraji convention;
// use TagAs for the others. Default panics
// only if the embedded model is damaged, which the package's tests rule out.
func Default() *Tagger {
	t, err := defaultTagger()
	if err != nil {
		panic(err)
	}
	return t
}
