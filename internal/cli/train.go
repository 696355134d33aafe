package cli

func init() {
	register(commands, "train", "derive an embedded model or lexicon from ../shared/data (run 'dabir train help')", func(env *Env, args []string) int {
		return dispatch(env, "dabir train", trainCommands, args)
	})
}

// checkFraction checks a -fraction flag: a share of the training data in
// (0, 1].
func checkFraction(f float64) error {
	if f <= 0 || f > 1 {
		return usageErrorf("-fraction %v: want a share in (0, 1]", f)
	}
	return nil
}

// leadingShare returns the first share f of s (rounded), for the learning
// curves of -fraction.
func leadingShare[T any](s []T, f float64) []T {
	return s[:int(f*float64(len(s))+0.5)]
}
