package cli

func init() {
	register(commands, "train", "derive an embedded model or lexicon from ../shared/data (run 'dabir train help')", func(env *Env, args []string) int {
		return dispatch(env, "dabir train", trainCommands, args)
	})
}
