/// The slots of an open-addressing hash table over plain arrays, each holding an index into
/// the caller's entries or -1: it spares the generic hashing and lookup of a `Dictionary`. The
/// caller probes from `first(for:)` with `next(after:)` until a slot is empty or its entry
/// matches. (Merging repeated figures, finding the facts several articles state, interning a
/// graph's strings.)
struct HashSlots {
    private var slots: [Int32]
    private let mask: Int
    /// The entries the table was made for: at most half its slots, so that probes stay short.
    let capacity: Int

    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size *= 2 }
        slots = [Int32](repeating: -1, count: size)
        mask = size - 1
        self.capacity = size / 2
    }

    func first(for hash: Int) -> Int { hash & mask }

    func next(after slot: Int) -> Int { (slot + 1) & mask }

    subscript(slot: Int) -> Int {
        get { Int(slots[slot]) }
        set { slots[slot] = Int32(truncatingIfNeeded: newValue) }
    }
}

/// A hash table's slot from a word, every bit of it counting in the low bits the slot is read
/// from (the finalizer of MurmurHash3): a round value's double has its low bits all zero.
func spreadHash(_ word: UInt64) -> Int {
    var x = word
    x ^= x >> 33
    x &*= 0xFF51_AFD7_ED55_8CCD
    x ^= x >> 33
    return Int(truncatingIfNeeded: x)
}
