import Foundation
import Testing
import TxrayRules

@Suite struct AddressBookTests {
  private func parse(_ json: String) throws(AddressBookError) -> AddressBook {
    try AddressBookFile.parse(Data(json.utf8), path: "book.json")
  }

  @Test func readsLabelsByAccount() throws {
    let book = try parse(
      #"{"0xd8dA6BF26964aF9D7eEd9e03E53415D37aA96045": "Vitalik", "alice.near": "Alice"}"#)
    #expect(book.label(for: "0xd8da6bf26964af9d7eed9e03e53415d37aa96045") == "Vitalik")
    #expect(book.label(for: "alice.near") == "Alice")
    #expect(book.label(for: "bob.near") == nil)
  }

  @Test func readsTheEntriesShape() throws {
    let book = try parse(#"{"entries": [{"address": "alice.near", "label": "Alice"}]}"#)
    #expect(book.label(for: "alice.near") == "Alice")
  }

  @Test func labelsAreSanitisedForTerminals() throws {
    let book = try parse(#"{"alice.near": "Alice\u001b[31m\u202e"}"#)
    #expect(book.label(for: "alice.near") == "Alice\\x1b[31m\\u{202e}")
  }

  @Test(arguments: [
    ("[1, 2]", "must be a JSON object"),
    ("{", "is not valid JSON"),
    (#"{"alice.near": 5}"#, "must be a string"),
    (#"{"not an account!": "x"}"#, "neither an EVM address nor a NEAR account id"),
    (#"{"0x1234": "short"}"#, "neither an EVM address"),
    (#"{"alice.near": ""}"#, "1 to 100 characters"),
    (#"{"entries": [{"address": "alice.near"}]}"#, "entry 1 needs"),
    (
      #"{"0xd8dA6BF26964aF9D7eEd9e03E53415D37aA96045": "a", "0xd8da6bf26964af9d7eed9e03e53415d37aa96045": "b"}"#,
      "listed twice"
    ),
  ])
  func badFilesAreOneLineErrors(json: String, reason: String) {
    #expect {
      try parse(json)
    } throws: { error in
      let text = (error as? AddressBookError)?.description ?? ""
      return text.hasPrefix("address book book.json: ") && text.contains(reason)
        && !text.contains("\n")
    }
  }

  @Test func defaultPathFollowsXDG() {
    #expect(
      AddressBookFile.defaultPath(environment: ["XDG_CONFIG_HOME": "/cfg", "HOME": "/home/u"])
        == "/cfg/txray/addressbook.json")
    #expect(
      AddressBookFile.defaultPath(environment: ["XDG_CONFIG_HOME": "relative", "HOME": "/home/u"])
        == "/home/u/.config/txray/addressbook.json")
  }

  @Test func missingDefaultFileIsAnEmptyBookAndAFileIsRead() throws {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("txray-book-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: directory) }
    let environment = ["XDG_CONFIG_HOME": directory.path]
    #expect(try AddressBookFile.load(environment: environment).isEmpty)
    try FileManager.default.createDirectory(
      at: directory.appendingPathComponent("txray"), withIntermediateDirectories: true)
    try Data(#"{"alice.near": "Alice"}"#.utf8).write(
      to: directory.appendingPathComponent("txray/addressbook.json"))
    #expect(try AddressBookFile.load(environment: environment).label(for: "alice.near") == "Alice")
  }
}
