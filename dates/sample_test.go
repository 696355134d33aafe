package dates

import "os"

func readSample() ([]byte, error) { return os.ReadFile("../testdata/news.txt") }
