import ArgumentParser
import EVM
import Explain
import Foundation
import TxrayCore

struct ExplainCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "explain",
    abstract: "Decode a transaction and explain it.",
    discussion: """
      TX is hex (with or without 0x; whitespace and line breaks are ignored), a JSON \
      transaction request as passed to eth_sendTransaction, a path to a file holding either, \
      or - for stdin. Without TX, the transaction is read from stdin.
      """
  )

  @Argument(help: "The transaction, a file holding it, or - for stdin.")
  var transaction: String?

  @Option(name: .long, help: "Read the transaction from this file.")
  var file: String?

  @Option(name: .long, help: "Judge validity under this fork's rules (default: Osaka).")
  var fork: String?

  @Flag(name: .long, help: "Print one JSON object instead of text.")
  var json = false

  @Option(
    name: .long, help: "Read the input as this chain's (evm or near) instead of detecting it.")
  var chain: ChainChoice?

  @Option(
    name: .customLong("abi"),
    help: "A JSON ABI to decode calls with (repeatable); adds to $XDG_CONFIG_HOME/txray/abi/*.json."
  )
  var abiFiles: [String] = []

  @Option(
    name: .long,
    help:
      "A directory of ERC-7730 clear-signing descriptors (default: $XDG_CONFIG_HOME/txray/descriptors)."
  )
  var descriptors: String?

  func run() throws {
    let context = try ExplainContext.load(
      fork: fork, chain: chain, abiFiles: abiFiles, descriptors: descriptors)
    let text = try InputReader.text(argument: transaction, file: file)
    let explanation = try Explainer.explain(text, context: context)
    let output = json ? explanation.json.serialized + "\n" : explanation.text
    // One write of the finished text: a failure can never leave half a report on stdout.
    FileHandle.standardOutput.write(Data(output.utf8))
  }
}

enum ForkOption {
  static func parse(_ name: String?) throws(Failure) -> Fork {
    guard let name else { return .current }
    guard let fork = Fork(name: name) else {
      let known = Fork.allCases.map(\.rawValue).joined(separator: ", ")
      throw .badInput("unknown fork '\(name)'; known forks: \(known)")
    }
    return fork
  }
}
