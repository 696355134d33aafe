package cli

func init() {
	register(commands, "eval", "measure accuracy on gold data (run 'dabir eval help')", func(env *Env, args []string) int {
		return dispatch(env, "dabir eval", evalCommands, args)
	})
}
