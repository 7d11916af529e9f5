/// A map for the handful of keys one transaction touches: the accounts it reads, the addresses
/// and slots it warms, the slots of one account. Entries sit in one array searched by `==` until
/// there are more than `linearLimit`; past that a dictionary indexes them. A `Dictionary` or
/// `Set` cost more than the work it held for a typical transaction: creating one looks up its
/// storage class's generic metadata in the runtime (about 600 instructions, at every creation),
/// and each lookup hashes its key, where comparing three 20-byte addresses is a few
/// instructions. Order is not kept: removal moves the last entry into the gap.
struct SmallTable<Key: Hashable, Value> {
  private(set) var entries: [(key: Key, value: Value)] = []
  /// Positions in `entries`, once there are more than `linearLimit`.
  private var index: [Key: Int]?

  /// Above this many entries, searching the array costs more than hashing.
  static var linearLimit: Int { 16 }

  var count: Int { entries.count }
  var isEmpty: Bool { entries.isEmpty }

  /// Where `key` is in `entries`.
  @inline(__always)
  func position(of key: Key) -> Int? {
    if let index { return index[key] }
    for position in entries.indices where entries[position].key == key { return position }
    return nil
  }

  subscript(key: Key) -> Value? {
    get { position(of: key).map { entries[$0].value } }
    set {
      if let position = position(of: key) {
        if let newValue { entries[position].value = newValue } else { remove(at: position) }
      } else if let newValue {
        append(key, newValue)
      }
    }
  }

  /// The value at `position` (from `position(of:)`), changed in place.
  @inline(__always)
  mutating func update(at position: Int, _ change: (inout Value) -> Void) {
    change(&entries[position].value)
  }

  /// Adds `key`, which must not be present.
  mutating func append(_ key: Key, _ value: Value) {
    if entries.isEmpty { entries.reserveCapacity(4) }
    entries.append((key, value))
    if index != nil {
      index![key] = entries.count - 1
    } else if entries.count > Self.linearLimit {
      var built = [Key: Int](minimumCapacity: entries.count * 2)
      for (position, entry) in entries.enumerated() { built[entry.key] = position }
      index = built
    }
  }

  private mutating func remove(at position: Int) {
    let last = entries.count - 1
    if index != nil {
      index![entries[position].key] = nil
      if position != last { index![entries[last].key] = position }
    }
    entries.swapAt(position, last)
    entries.removeLast()
  }
}

extension SmallTable where Value == Void {
  /// Adds `key` to the set; false when it was there already.
  @inline(__always)
  mutating func insert(_ key: Key) -> Bool {
    guard position(of: key) == nil else { return false }
    append(key, ())
    return true
  }

  func contains(_ key: Key) -> Bool { position(of: key) != nil }

  mutating func remove(_ key: Key) { self[key] = nil }
}
