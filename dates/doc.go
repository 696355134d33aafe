// Package dates converts between the Jalali (Solar Hijri), Gregorian and
// lunar Hijri calendars, names months and weekdays as Iranian and Afghan
// Persian write them, and finds date, time, duration, number, money and
// percentage expressions in running Persian text, with byte spans and
// normalized values.
//
// Calendars. Dates are converted through the Julian Day Number. The Jalali
// calendar follows the official Iranian calendar as computed by Borkowski's
// algorithm (a table of break years fitted to the astronomical rule: the
// year starts on the day of the March equinox if it falls before noon in
// Tehran, else the day after), valid for 1–3177 AP (ErrRange outside). Within
// 1210–1634 AP that calendar coincides with the 33-year arithmetic rule
// (year y is leap when (25y+11) mod 33 < 8), which the tests use as an
// independent second implementation. The Gregorian calendar is proleptic.
// The lunar Hijri calendar is the tabular (arithmetic) Islamic calendar with
// the common "type II" leap years 2, 5, 7, 10, 13, 16, 18, 21, 24, 26, 29 of
// each 30-year cycle; the calendar used for religious dates in Iran is
// fixed by sighting the moon and may differ from it by a day or two.
//
// Every function and type in this package is safe for concurrent use,
// except a Finder, which must not be shared by goroutines.
package dates
