package perceptron

// table is an open-addressing hash table from a feature hash to the run of
// entries of its row, with linear probing. Key and run share one slot, so a
// lookup touches one cache line, then the entries. Feature hashes are
// already well mixed, so the low bits index the slots directly. Key 0 marks
// an empty slot; the one feature that hashes to 0 is kept aside.
type table struct {
	slots   []slot
	mask    uint64
	hasZero bool
	zero    slot
}

type slot struct {
	key        uint64
	start, end uint32 // the row's entries are ent[start:end]
}

// newTable returns a table with room for n keys at a load factor of at most
// one half.
func newTable(n int) table {
	size := 8
	for size < 2*n {
		size <<= 1
	}
	return table{slots: make([]slot, size), mask: uint64(size - 1)}
}

func (t *table) put(k uint64, start, end uint32) {
	if k == 0 {
		t.hasZero, t.zero = true, slot{0, start, end}
		return
	}
	for i := k & t.mask; ; i = (i + 1) & t.mask {
		if t.slots[i].key == 0 || t.slots[i].key == k {
			t.slots[i] = slot{k, start, end}
			return
		}
	}
}

// get returns the entry run of feature k; start == end when k is unknown.
func (t *table) get(k uint64) (start, end uint32) {
	if k == 0 {
		return t.zero.start, t.zero.end
	}
	if len(t.slots) == 0 {
		return 0, 0
	}
	for i := k & t.mask; ; i = (i + 1) & t.mask {
		s := &t.slots[i]
		if s.key == k {
			return s.start, s.end
		}
		if s.key == 0 {
			return 0, 0
		}
	}
}
