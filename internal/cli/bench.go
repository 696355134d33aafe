package cli

var benchCommands = map[string]*command{}

func init() {
	register(commands, "bench", "measure speed (run 'dabir bench help')", func(env *Env, args []string) int {
		return dispatch(env, "dabir bench", benchCommands, args)
	})
}
