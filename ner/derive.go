package ner

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
)

// AddCLDR adds the Persian names of territories (TERR), time-zone cities
// (CITY) and languages (LANG) from the CLDR JSON files in dir
// (territories.json, timeZoneNames.json, languages.json of locale fa).
// Alternative names ("-alt-short", "-alt-variant") are added too; CLDR's
// numeric region codes (continents, "world") are TERR like countries.
func AddCLDR(g *Gazetteer, dir string) error {
	type names struct {
		Main map[string]struct {
			LocaleDisplayNames struct {
				Territories map[string]string `json:"territories"`
				Languages   map[string]string `json:"languages"`
			} `json:"localeDisplayNames"`
		} `json:"main"`
	}
	var terr, lang names
	if err := readJSON(filepath.Join(dir, "territories.json"), &terr); err != nil {
		return err
	}
	if err := readJSON(filepath.Join(dir, "languages.json"), &lang); err != nil {
		return err
	}
	fa := terr.Main["fa"].LocaleDisplayNames
	fa.Languages = lang.Main["fa"].LocaleDisplayNames.Languages
	if len(fa.Territories) == 0 || len(fa.Languages) == 0 {
		return fmt.Errorf("ner: no fa territories or languages in %s", dir)
	}
	for code, name := range fa.Territories {
		if code == "ZZ" { // unknown region
			continue
		}
		if err := addNames(g, "TERR", name); err != nil {
			return err
		}
	}
	for code, name := range fa.Languages {
		if code == "und" || strings.HasPrefix(code, "zxx") {
			continue
		}
		if err := addNames(g, "LANG", name); err != nil {
			return err
		}
	}
	var tz any
	if err := readJSON(filepath.Join(dir, "timeZoneNames.json"), &tz); err != nil {
		return err
	}
	var walk func(v any, key string) error
	walk = func(v any, key string) error {
		switch v := v.(type) {
		case map[string]any:
			for k, x := range v {
				if err := walk(x, k); err != nil {
					return err
				}
			}
		case string:
			if key == "exemplarCity" {
				return addNames(g, "CITY", v)
			}
		}
		return nil
	}
	return walk(tz, "")
}

var parenthesized = regexp.MustCompile(`\s*[(（][^)）]*[)）]\s*`)

// addNames adds a CLDR display name, and its form without a parenthesized
// part ("کنگو (برازاویل)" also gives "کنگو").
func addNames(g *Gazetteer, class, name string) error {
	if err := g.Add(class, name); err != nil {
		return err
	}
	if short := strings.TrimSpace(parenthesized.ReplaceAllString(name, " ")); short != name && short != "" {
		return g.Add(class, short)
	}
	return nil
}

func readJSON(path string, v any) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	if err := json.Unmarshal(data, v); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

// AddTrainingNames adds the entity mentions of sents, each with its type, when
// the phrase is a mention of that type in at least half of its occurrences in
// sents (labelled or not): names that are mostly ordinary words are left out.
func AddTrainingNames(g *Gazetteer, sents []Sentence) {
	type key struct{ phrase, typ string }
	byType := map[key]int{}
	phrases := map[string]int{} // phrase → occurrences anywhere
	maxLen := 0
	for _, s := range sents {
		for _, e := range Entities(s.Labels) {
			p := foldPhrase(s.Words[e.Start:e.End])
			if p == "" {
				continue
			}
			byType[key{p, e.Type}]++
			phrases[p] = 0
			maxLen = max(maxLen, e.End-e.Start)
		}
	}
	for _, s := range sents {
		for i := range s.Words {
			for j := i + 1; j <= len(s.Words) && j-i <= maxLen; j++ {
				p := foldPhrase(s.Words[i:j])
				if _, ok := phrases[p]; ok {
					phrases[p]++
				}
			}
		}
	}
	for k, n := range byType {
		if 2*n >= phrases[k.phrase] {
			g.Add(k.typ, k.phrase)
		}
	}

	// Single words that are part of a name of a type in at least half of
	// their occurrences.
	words := map[string]int{}
	wordType := map[key]int{}
	for _, s := range sents {
		for _, e := range Entities(s.Labels) {
			for _, w := range s.Words[e.Start:e.End] {
				if p := foldPhrase([]string{w}); p != "" {
					wordType[key{p, e.Type}]++
					words[p] = 0
				}
			}
		}
	}
	for _, s := range sents {
		for _, w := range s.Words {
			p := foldPhrase([]string{w})
			if _, ok := words[p]; ok {
				words[p]++
			}
		}
	}
	for k, n := range wordType {
		switch {
		case 2*n >= words[k.phrase]:
			g.Add("w"+k.typ, k.phrase)
		case 5*n >= words[k.phrase] && n >= 2:
			g.Add("h"+k.typ, k.phrase)
		}
	}
}

// foldPhrase folds words and joins them with single spaces.
func foldPhrase(words []string) string {
	parts := make([]string, 0, len(words))
	for _, w := range words {
		parts = append(parts, strings.Fields(Fold(w))...)
	}
	if len(parts) > maxGazTokens {
		return ""
	}
	return strings.Join(parts, " ")
}
