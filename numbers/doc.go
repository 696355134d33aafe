// Package numbers reads and writes Persian numbers: digits of every script,
// number words (cardinals, ordinals, fractions, scales such as هزار and
// میلیون), numbers mixed from digits and words (۲ میلیون), decimal and
// grouping separators (۱۲٫۵, ۱٬۲۰۰), and the reverse: values to words.
//
// Every function in this package is safe for concurrent use; the word tables
// are built once at package initialisation.
package numbers
