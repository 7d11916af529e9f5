import ArgumentParser
import Foundation
import TxrayCore
import TxrayKit

@main
struct Txray: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "txray",
    abstract: "Shows what a blockchain transaction will really do before you sign it.",
    discussion:
      "With no subcommand, txray explains the transaction given as an argument or on stdin.",
    version: "0.1.0",
    subcommands: [ExplainCommand.self, ReviewCommand.self, BatchCommand.self, DevCommand.self],
    defaultSubcommand: ExplainCommand.self
  )

  /// Replaces ArgumentParser's entry point so that every failure is one line on stderr with the
  /// exit code the man page promises, whatever part of txray raised it.
  static func main() {
    do {
      var command = try parseAsRoot()
      try command.run()
    } catch let failure as Failure {
      fail(failure.message, code: failure.exitCode)
    } catch {
      let code = exitCode(for: error)
      if code == .success {
        print(fullMessage(for: error))
        Foundation.exit(0)
      }
      let firstLine = message(for: error).split(separator: "\n").first.map(String.init) ?? "error"
      let text = firstLine.hasPrefix("Error: ") ? String(firstLine.dropFirst(7)) : firstLine
      fail("\(text) (see txray --help)", code: .badInput)
    }
  }

  private static func fail(_ message: String, code: TxrayExitCode) -> Never {
    StandardStreams.write(
      "txray: " + TerminalSafeText.sanitize(message) + "\n", to: .standardError)
    Foundation.exit(code.rawValue)
  }
}
