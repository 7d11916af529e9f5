import TxrayCore

/// Reads calldata of an unknown function by the shape of its 32-byte words, and says so.
///
/// Without an ABI nothing is certain, but the shapes are telling: a word with 12 zero bytes and
/// a large 20-byte tail is almost always an address; a word that points further into the data,
/// at a length that fits, is almost always the offset of a `bytes`/`string`/array; a small
/// number is a number. Every guessed call carries source `guess` so no one mistakes it for a
/// decoded one.
public enum CalldataGuesser {
  public static func guess(_ calldata: [UInt8]) -> DecodedCall {
    let selector = Array(calldata.prefix(4))
    var call = DecodedCall(selector: selector, source: .guess)
    let body = Array(calldata.dropFirst(4))
    let wordCount = body.count / 32
    // Heads end where the first dynamic value starts; words after that belong to tails.
    var headEnd = wordCount
    var arguments: [DecodedCall.Argument] = []
    var index = 0
    while index < headEnd {
      let start = index * 32
      let word = UInt256(bigEndianBytes: body[start..<(start + 32)]) ?? .zero
      let name = "arg\(index)"
      if let tail = dynamicTail(word, in: body, after: start) {
        arguments.append(.init(name: name, type: .bytes, value: .bytes(tail.bytes)))
        headEnd = min(headEnd, tail.offset / 32)
      } else if word.bitWidth > 128, word.bitWidth <= 160,
        let address = Address(bytes: word.bigEndianBytes.suffix(20))
      {
        arguments.append(.init(name: name, type: .address, value: .address(address)))
      } else if word.bitWidth <= 128 {
        arguments.append(.init(name: name, type: .uint(bits: 256), value: .uint(word)))
      } else {
        arguments.append(
          .init(name: name, type: .fixedBytes(32), value: .fixedBytes(word.bigEndianBytes)))
      }
      index += 1
    }
    call.arguments = arguments
    var notes = ["unknown function: arguments guessed from the shape of each 32-byte word"]
    if body.count % 32 != 0 {
      notes.append("\(body.count % 32) trailing bytes do not fill a word")
    }
    call.note = notes.joined(separator: "; ")
    return call
  }

  /// When `word` (at `position`) looks like an offset to a length-prefixed byte string that lies
  /// after the heads and fits in the data, that string and where it starts.
  private static func dynamicTail(
    _ word: UInt256, in body: [UInt8], after position: Int
  ) -> (offset: Int, bytes: [UInt8])? {
    guard let offset = word.uint64Value.flatMap({ Int(exactly: $0) }), offset % 32 == 0,
      offset > position, offset <= body.count - 32
    else { return nil }
    let length = UInt256(bigEndianBytes: body[offset..<(offset + 32)]) ?? .zero
    guard let count = length.uint64Value.flatMap({ Int(exactly: $0) }),
      count <= body.count - offset - 32
    else { return nil }
    return (offset, Array(body[(offset + 32)..<(offset + 32 + count)]))
  }
}
