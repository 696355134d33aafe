package dates

import (
	"encoding/json"
	"os"
	"testing"

	"github.com/dabir-nlp/dabir/internal/shared/sharedtest"
)

// The Iranian month and weekday names against CLDR 48 (fa, stand-alone
// wide forms).
func TestNamesAgainstCLDR(t *testing.T) {
	for _, c := range []struct {
		file, key string
		cal       Calendar
	}{
		{"ca-persian.json", "persian", Jalali},
		{"ca-gregorian.json", "gregorian", Gregorian},
		{"ca-islamic.json", "islamic", Hijri},
	} {
		b, err := os.ReadFile(sharedtest.Path(t, "lexicon", "cldr-fa", c.file))
		if err != nil {
			t.Fatal(err)
		}
		var doc struct {
			Main map[string]struct {
				Dates struct {
					Calendars map[string]struct {
						Months struct {
							StandAlone struct {
								Wide map[string]string `json:"wide"`
							} `json:"stand-alone"`
						} `json:"months"`
						Days struct {
							Format struct {
								Wide map[string]string `json:"wide"`
							} `json:"format"`
						} `json:"days"`
					} `json:"calendars"`
				} `json:"dates"`
			} `json:"main"`
		}
		if err := json.Unmarshal(b, &doc); err != nil {
			t.Fatal(err)
		}
		cal := doc.Main["fa"].Dates.Calendars[c.key]
		if len(cal.Months.StandAlone.Wide) != 12 {
			t.Fatalf("%s: %d months", c.file, len(cal.Months.StandAlone.Wide))
		}
		for m := 1; m <= 12; m++ {
			want := cal.Months.StandAlone.Wide[string(rune('0'+m%10))]
			if m >= 10 {
				want = cal.Months.StandAlone.Wide["1"+string(rune('0'+m%10))]
			}
			if got := MonthName(c.cal, m, Iran); got != want {
				t.Errorf("MonthName(%v, %d) = %+q, CLDR says %+q", c.cal, m, got, want)
			}
			if gc, gm, ok := LookupMonth(want); !ok || gc != c.cal || gm != m {
				t.Errorf("LookupMonth(%+q) = %v %d %v", want, gc, gm, ok)
			}
		}
		for key, wd := range map[string]int{"sun": 0, "mon": 1, "tue": 2, "wed": 3, "thu": 4, "fri": 5, "sat": 6} {
			want := cal.Days.Format.Wide[key]
			if got := weekdayNames[wd]; got != want {
				t.Errorf("weekday %s = %+q, CLDR says %+q", key, got, want)
			}
		}
	}
}
