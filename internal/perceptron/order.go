package perceptron

import "math/rand/v2"

// Order returns a permutation of 0..n-1 that depends only on n and seed:
// the order in which to visit n training examples in one epoch. Use a
// different seed for each epoch (for example seed+epoch).
func Order(n int, seed uint64) []int {
	p := make([]int, n)
	for i := range p {
		p[i] = i
	}
	r := rand.New(rand.NewPCG(seed, 0x9e3779b97f4a7c15))
	r.Shuffle(n, func(i, j int) { p[i], p[j] = p[j], p[i] })
	return p
}
