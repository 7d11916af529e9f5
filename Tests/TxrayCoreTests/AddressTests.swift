import Testing
import TxrayCore

@Suite struct AddressTests {
  /// The test addresses listed in the EIP-55 text: all caps, all lower, then mixed case.
  static let eip55Examples = [
    "0x52908400098527886E0F7030069857D2E4169EE7",
    "0x8617E340B3D01FA5F11F306F4090FD50E238070D",
    "0xde709f2102306220921060314715629080e2fb77",
    "0x27b1fdb04752bbc536007a920d24acb045561c26",
    "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",
    "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359",
    "0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB",
    "0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb",
  ]

  @Test(arguments: eip55Examples)
  func checksumMatchesEIP55(example: String) throws {
    let address = try #require(Address(hex: example.lowercased()))
    #expect(address.checksummed == example)
    #expect(address.description == example)
    #expect(address.lowercaseHex == example.lowercased())
    #expect(Address.isValidChecksum(example))
    #expect(Address.isValidChecksum(String(example.dropFirst(2))))
    #expect(Address(hex: example) == address)
    #expect(Address(hex: String(example.dropFirst(2)).uppercased()) == address)
  }

  @Test func noChecksumIsAcceptable() {
    let lower = "0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed"
    #expect(Address.isValidChecksum(lower))
    #expect(Address.isValidChecksum("0x" + lower.dropFirst(2).uppercased()))
  }

  @Test func wrongMixedCaseIsRejectedButStillParses() throws {
    // The EIP-55 example with one letter's case flipped (the second digit, 'a', made 'A').
    let flipped = "0x5AAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"
    #expect(!Address.isValidChecksum(flipped))
    #expect(!Address.isValidChecksum("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD"))
    let address = try #require(Address(hex: flipped))
    #expect(address.checksummed == "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed")
  }

  @Test func rejectsMalformedText() {
    let digits = "5aaeb6053f3e94c9b9a09f33669435e7ef1beaed"
    for bad in [
      "", "0x", "0x" + digits.dropLast(2), "0x" + digits + "00", "0x" + digits.dropLast() + "g",
      " 0x" + digits,
    ] {
      #expect(Address(hex: bad) == nil, "\(bad)")
      #expect(!Address.isValidChecksum(bad), "\(bad)")
    }
    #expect(Address(bytes: [UInt8](repeating: 1, count: 19)) == nil)
    #expect(Address(bytes: [UInt8](repeating: 1, count: 21)) == nil)
  }

  @Test func bytesRoundTripAndOrder() throws {
    let bytes = (1...20).map { UInt8($0) }
    let address = try #require(Address(bytes: bytes))
    #expect(address.bytes == bytes)
    #expect(address.lowercaseHex == "0x0102030405060708090a0b0c0d0e0f1011121314")
    // Order is by bytes; each of the three packed parts decides it in turn.
    let ascending = try [
      [UInt8](repeating: 0, count: 20),
      [UInt8](repeating: 0, count: 19) + [1],
      [UInt8](repeating: 0, count: 11) + [1] + [UInt8](repeating: 0, count: 8),
      [UInt8](repeating: 0, count: 3) + [1] + [UInt8](repeating: 0xff, count: 16),
      [0xff] + [UInt8](repeating: 0, count: 19),
    ].map { try #require(Address(bytes: $0)) }
    #expect(ascending.shuffled().sorted() == ascending)
  }

  /// Public keys computed by pycryptodome from the first two Hardhat/Anvil development keys,
  /// whose addresses are published in Hardhat's documentation.
  @Test(arguments: [
    (
      "8318535b54105d4a7aae60c08fc45f9687181b4fdfc625bd1a753fa7397fed75"
        + "3547f11ca8696646f2f3acb08e31016afac23e630c5d11f59f61fef57b0d2aa5",
      "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"
    ),
    (
      "ba5734d8f7091719471e7f7ed6b9df170dc70cc661ca05e688601ad984f068b0"
        + "d67351e5f06073092499336ab0839ef8a521afd334e53807205fa2f08eec74f4",
      "0x70997970C51812dc3A010C7d01b50e0d17dc79C8"
    ),
  ])
  func addressFromPublicKey(publicKey: String, expected: String) throws {
    let key = try Hex.decode(publicKey)
    #expect(Address.fromPublicKey(uncompressed64: key).checksummed == expected)
  }
}
