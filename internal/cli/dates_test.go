package cli

import (
	"bytes"
	"encoding/json"
	"os"
	"strings"
	"testing"
)

func TestDatesCommandSample(t *testing.T) {
	text, err := os.ReadFile("../../testdata/news.txt")
	if err != nil {
		t.Fatal(err) // the file is part of the repository
	}
	var out, errb bytes.Buffer
	code := Main([]string{"dates", "--ref", "2022-02-04"}, bytes.NewReader(text), &out, &errb)
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	var first struct {
		Span      [2]int   `json:"span"`
		Text      string   `json:"text"`
		Type      string   `json:"type"`
		Jalali    string   `json:"jalali"`
		Gregorian string   `json:"gregorian"`
		Warnings  []string `json:"warnings"`
	}
	line, _, _ := strings.Cut(out.String(), "\n")
	if err := json.Unmarshal([]byte(line), &first); err != nil {
		t.Fatalf("bad JSON %+q: %v", line, err)
	}
	if first.Jalali != "1400-11-14" || first.Gregorian != "2022-02-04" || len(first.Warnings) != 2 {
		t.Errorf("first date = %+v, want 1400-11-14 / 2022-02-04 with two warnings", first)
	}
	if got := string(text[first.Span[0]:first.Span[1]]); got != first.Text {
		t.Errorf("span %v holds %+q, text says %+q", first.Span, got, first.Text)
	}
}

func TestNumbersCommand(t *testing.T) {
	tests := []struct {
		args []string
		in   string
		want string
		code int
	}{
		{[]string{"numbers"}, "قیمت دو میلیون و پانصد هزار تومان شد", `"value":"2500000","unit":"IRT"`, ExitOK},
		{[]string{"numbers", "-spell", "cardinal"}, "۱۴۰۰\n", "هزار و چهارصد\n", ExitOK},
		{[]string{"numbers", "-spell", "ordinal"}, "23\n", "بیست و سوم\n", ExitOK},
		{[]string{"numbers", "-spell", "value"}, "دو و نیم میلیون\n", "2500000\n", ExitOK},
		{[]string{"numbers", "-spell", "cardinal"}, "سلام\n", "", ExitFailure},
		{[]string{"numbers", "-spell", "nope"}, "", "", ExitUsage},
		{[]string{"dates", "--ref", "4 Feb"}, "", "", ExitUsage},
	}
	for _, tt := range tests {
		var out, errb bytes.Buffer
		code := Main(tt.args, strings.NewReader(tt.in), &out, &errb)
		if code != tt.code || !strings.Contains(out.String(), tt.want) {
			t.Errorf("%v on %+q: exit %d, out %+q, err %+q; want exit %d and %+q", tt.args, tt.in, code, out.String(), errb.String(), tt.code, tt.want)
		}
	}
}
