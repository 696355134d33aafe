package cli

import (
	"bufio"
	"encoding/json"
	"io"
	"os"

	"github.com/dabir-nlp/dabir/ner"
)

// EntitiesOptions are the flags of "dabir entities".
type EntitiesOptions struct {
	Lines bool   // each line is a document of its own (links names within a line only)
	Model string // folder of a saved model; "" means the embedded one
}

// entityJSON is one line of "dabir entities" output.
type entityJSON struct {
	Span       [2]int `json:"span"` // byte offsets into the input (the whole file or stdin)
	Text       string `json:"text"`
	Type       string `json:"type"`
	Normalized string `json:"normalized"`
}

func init() {
	register(commands, "entities", "named entities (people, places, organizations, events...) as JSON lines", runEntities)
}

func runEntities(env *Env, args []string) int {
	var o EntitiesOptions
	fs := newFlags(env, "entities", "dabir entities [-lines] [-model dir] [file ...]")
	fs.BoolVar(&o.Lines, "lines", false, "treat each line as a document (names are linked within a line; without -lines, within about 256 KB of text)")
	fs.StringVar(&o.Model, "model", "", "use the model saved in `dir` instead of the embedded one")
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	return finish(env, "entities", o.run(env, fs.Args()))
}

// loadRecognizer returns the recognizer saved in folder dir, or the
// embedded one when dir is "" (the -model flag of entities and eval ner).
func loadRecognizer(dir string) (*ner.Recognizer, error) {
	if dir == "" {
		return ner.Default(), nil
	}
	return ner.Load(os.DirFS(dir))
}

// linkWindow is the size of text, in bytes, whose names are found and
// linked together when the input is one document: a news article or a
// chapter fits, a corpus is taken a window at a time (a var for tests).
var linkWindow = 256 << 10

func (o *EntitiesOptions) run(env *Env, files []string) error {
	r, err := loadRecognizer(o.Model)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(env.Stdout)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	emit := func(text string, base int) error {
		for _, m := range r.Find(text) {
			e := entityJSON{Span: [2]int{base + m.Span.Start, base + m.Span.End}, Text: m.Text, Type: m.Type, Normalized: m.Normalized}
			if err := enc.Encode(e); err != nil {
				return err
			}
		}
		return nil
	}
	err = eachInput(env, files, func(name string, in io.Reader) error {
		if o.Lines {
			off := 0
			return eachLine(in, func(line []byte, ending string) error {
				err := emit(string(line), off)
				off += len(line) + len(ending)
				return err
			})
		}
		// A document is read line by line and recognized in windows of
		// about linkWindow bytes (ended at a line end where one comes in
		// time), so that memory and time stay bounded on inputs of any
		// size; names are linked within a window.
		var doc []byte
		off := 0
		flush := func() error {
			err := emit(string(doc), off)
			off += len(doc)
			doc = doc[:0]
			return err
		}
		err := eachLine(in, func(line []byte, ending string) error {
			doc = append(append(doc, line...), ending...)
			if len(doc) >= linkWindow && ending != "" || len(doc) >= 2*linkWindow {
				return flush()
			}
			return nil
		})
		if err != nil {
			return err
		}
		return flush()
	})
	return flushAfter(bw, err)
}
