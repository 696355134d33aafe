package ner

import (
	"bufio"
	"io"
	"os"

	"github.com/dabir-nlp/dabir/internal/conllu"
	"github.com/dabir-nlp/dabir/tokenize"
)

// rawTokenizer splits raw text for word classes: no clitic splitting, as in
// the NER data.
var rawTokenizer = tokenize.New(tokenize.Options{})

// ReadRawText reads text with one sentence or paragraph per line and returns
// the folded tokens of each non-empty line.
func ReadRawText(r io.Reader) ([][]string, error) {
	var out [][]string
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), 16<<20)
	for sc.Scan() {
		toks := rawTokenizer.Tokens(sc.Text())
		if len(toks) == 0 {
			continue
		}
		s := make([]string, len(toks))
		for i, t := range toks {
			s[i] = Fold(t.Text)
		}
		out = append(out, s)
	}
	return out, sc.Err()
}

// ReadRawFile is ReadRawText on a file; a .conllu file gives the folded
// surface tokens of its sentences.
func ReadRawFile(path string) ([][]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if len(path) > 7 && path[len(path)-7:] == ".conllu" {
		ss, err := conllu.ReadAll(f)
		if err != nil {
			return nil, err
		}
		var out [][]string
		for _, s := range ss {
			toks := s.Tokens()
			w := make([]string, len(toks))
			for i, t := range toks {
				w[i] = Fold(t.Form)
			}
			out = append(out, w)
		}
		return out, nil
	}
	return ReadRawText(f)
}

// FoldedWords returns the folded words of labelled sentences, for word
// classes.
func FoldedWords(sents []Sentence) [][]string {
	out := make([][]string, len(sents))
	for i, s := range sents {
		out[i] = make([]string, len(s.Words))
		for j, w := range s.Words {
			out[i][j] = Fold(w)
		}
	}
	return out
}

// WordUse counts how often a word was tagged a proper noun (PROPN) and how
// often something else in a treebank.
type WordUse struct{ Proper, Other int }

// ReadTreebankUse adds to use the folded forms of the syntactic words of
// the CoNLL-U file at path, counted by whether they are proper nouns.
func ReadTreebankUse(path string, use map[string]WordUse) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	ss, err := conllu.ReadAll(f)
	if err != nil {
		return err
	}
	for _, s := range ss {
		for _, w := range s.Words {
			k := Fold(w.Form)
			if k == "" {
				continue
			}
			u := use[k]
			if w.UPOS == "PROPN" {
				u.Proper++
			} else {
				u.Other++
			}
			use[k] = u
		}
	}
	return nil
}
