package cli

import (
	"os"

	"github.com/dabir-nlp/dabir/internal/lexbuild"
	"github.com/dabir-nlp/dabir/internal/shared"
	"github.com/dabir-nlp/dabir/lexicon"
)

// trainZWNJOptions are the flags of `dabir train zwnj`.
type trainZWNJOptions struct {
	data string
	out  string
}

func init() {
	register(trainCommands, "zwnj", "derive the half-space (ZWNJ) lexicon from the UD train text and Hazm's lexicons", runTrainZWNJ)
}

func runTrainZWNJ(env *Env, args []string) int {
	var o trainZWNJOptions
	fs := newFlags(env, "zwnj", "dabir train zwnj [-data DIR] -o FILE")
	fs.StringVar(&o.data, "data", "", "shared data folder (default: ../shared/data beside the repository)")
	fs.StringVar(&o.out, "o", "", "output file (gzip), e.g. lexicon/zwnj.txt.gz")
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
	f, err := os.Create(o.out)
	if err != nil {
		return err
	}
	if err := lexicon.WriteZWNJ(f, lex.Counts, lex.Pairs, lex.Stems, lex.Standard); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
