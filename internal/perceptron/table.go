package perceptron

// table is an open-addressing hash table from a feature hash to a row
// number, with linear probing. Feature hashes are already well mixed, so the
// low bits index the slots directly. Key 0 marks an empty slot; the one
// feature that hashes to 0 is kept aside in zeroRow.
type table struct {
	keys    []uint64
	vals    []uint32
	mask    uint64
	hasZero bool
	zeroRow uint32
}

// newTable returns a table with room for n keys at a load factor of at most
// one half.
func newTable(n int) table {
	size := 8
	for size < 2*n {
		size <<= 1
	}
	return table{keys: make([]uint64, size), vals: make([]uint32, size), mask: uint64(size - 1)}
}

func (t *table) put(k uint64, v uint32) {
	if k == 0 {
		t.hasZero, t.zeroRow = true, v
		return
	}
	for i := k & t.mask; ; i = (i + 1) & t.mask {
		if t.keys[i] == 0 || t.keys[i] == k {
			t.keys[i], t.vals[i] = k, v
			return
		}
	}
}

func (t *table) get(k uint64) (uint32, bool) {
	if k == 0 {
		return t.zeroRow, t.hasZero
	}
	if len(t.keys) == 0 {
		return 0, false
	}
	for i := k & t.mask; ; i = (i + 1) & t.mask {
		switch t.keys[i] {
		case k:
			return t.vals[i], true
		case 0:
			return 0, false
		}
	}
}
