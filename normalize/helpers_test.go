package normalize

import "io"

var errEOF = io.EOF
