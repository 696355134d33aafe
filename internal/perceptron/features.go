package perceptron

// Feature is a hashed feature: a 64-bit FNV-1a hash of the feature's name
// and values. Collisions between 64-bit hashes are negligible at the sizes a
// tagger uses (millions of features), so a Feature stands for its string.
type Feature uint64

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
	sep       = 0x1f // unit separator between the parts of a feature
)

// Hash returns the Feature for name followed by values, exactly as
// (*Features).Add would add it.
func Hash(name string, values ...string) Feature {
	h := uint64(fnvOffset)
	h = hashString(h, name)
	for _, v := range values {
		h ^= sep
		h *= fnvPrime
		h = hashString(h, v)
	}
	return Feature(h)
}

func hashString(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

// Features collects the features of one item (one token). Reuse one value
// across items with Reset to avoid allocation. A Features is not safe for
// concurrent use.
type Features struct {
	list []Feature
}

// Reset empties f, keeping its storage.
func (f *Features) Reset() { f.list = f.list[:0] }

// Add appends the feature made of name and values, e.g.
// f.Add("suffix3", "ها") or f.Add("prev-tag+word", "ADP", "به"). Different
// names never collide with each other, and the parts are separated, so
// Add("a", "bc") and Add("ab", "c") are different features.
func (f *Features) Add(name string, values ...string) {
	f.list = append(f.list, Hash(name, values...))
}

// AddFeature appends an already hashed feature.
func (f *Features) AddFeature(x Feature) { f.list = append(f.list, x) }

// Len returns the number of features collected.
func (f *Features) Len() int { return len(f.list) }

// List returns the collected features. The slice is reused by the next Reset
// and Add calls.
func (f *Features) List() []Feature { return f.list }

// AddBytes is Add for values held in byte slices; it does not allocate.
// AddBytes(name, []byte(v)) adds the same feature as Add(name, v).
func (f *Features) AddBytes(name string, values ...[]byte) {
	h := uint64(fnvOffset)
	h = hashString(h, name)
	for _, v := range values {
		h ^= sep
		h *= fnvPrime
		for _, c := range v {
			h ^= uint64(c)
			h *= fnvPrime
		}
	}
	f.list = append(f.list, Feature(h))
}

// Prefix is the hash of a feature's name and its first values, which
// Extend completes: HashPrefix(name, a).Extend(b) == Hash(name, a, b). A
// caller that adds many features sharing a name and first values hashes
// those once.
type Prefix uint64

// HashPrefix returns the Prefix of name followed by values.
func HashPrefix(name string, values ...string) Prefix {
	return Prefix(Hash(name, values...))
}

// Extend returns the Feature of the prefix's name and values followed by
// values.
func (p Prefix) Extend(values ...string) Feature {
	h := uint64(p)
	for _, v := range values {
		h ^= sep
		h *= fnvPrime
		h = hashString(h, v)
	}
	return Feature(h)
}
