package cli

import (
	"bytes"
	"os"
	"path/filepath"

	"github.com/dabir-nlp/dabir/internal/lexbuild"
	"github.com/dabir-nlp/dabir/internal/shared"
	"github.com/dabir-nlp/dabir/lexicon"
)

// trainZWNJOptions are the flags of `dabir train zwnj`.
type trainZWNJOptions struct {
	data string
	out  string
	// split is the splitter model's file; empty: beside out, as zwnj-split.model.gz
	split string
}

func init() {
	register(trainCommands, "zwnj", "derive the half-space (ZWNJ) lexicon from the UD train text and Hazm's lexicons", runTrainZWNJ)
}

func runTrainZWNJ(env *Env, args []string) int {
	var o trainZWNJOptions
	fs := newFlags(env, "zwnj", "dabir train zwnj [-data DIR] -o FILE")
	fs.StringVar(&o.data, "data", "", "shared data folder (default: ../shared/data beside the repository)")
	fs.StringVar(&o.out, "o", "", "output file (gzip), e.g. lexicon/zwnj.txt.gz")
	fs.StringVar(&o.split, "split", "", "output file of the splitter model for unknown words (default: zwnj-split.model.gz beside -o)")
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	return finish(env, "train zwnj", trainZWNJ(o))
}

func trainZWNJ(o trainZWNJOptions) error {
	if o.out == "" {
		return usageErrorf("-o FILE is required")
	}
	if o.data == "" {
		d, err := shared.Dir()
		if err != nil {
			return err
		}
		o.data = d
	}
	lex, err := lexbuild.BuildZWNJ(o.data)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := lexicon.WriteZWNJ(&buf, lex.Counts, lex.Pairs, lex.Stems, lex.Standard); err != nil {
		return err
	}
	if err := os.WriteFile(o.out, buf.Bytes(), 0o644); err != nil {
		return err
	}
	z, err := lexicon.ReadZWNJ(bytes.NewReader(buf.Bytes()))
	if err != nil {
		return err
	}
	model := lexbuild.TrainSplitter(lex, z)
	if o.split == "" {
		o.split = filepath.Join(filepath.Dir(o.out), "zwnj-split.model.gz")
	}
	f, err := os.Create(o.split)
	if err != nil {
		return err
	}
	if err := model.Save(f); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
