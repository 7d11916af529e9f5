import EVM
import Explain
import Foundation

/// Explains an EVM transaction, signing payload or transaction request.
enum EVMExplainer {
  /// `abiFiles` are the `--abi` files; the config directory's ABIs are added to them.
  static func explain(
    _ text: String, fork: Fork, json: Bool, abiFiles: [String] = [], descriptors: String? = nil
  ) throws(Failure) -> String {
    let tx = try EVMInput.decode(text)
    let validity = tx.validity(fork: fork)
    let call = try ClearSigningSource.annotate(
      decodeCall(tx, abiFiles: abiFiles), of: tx, descriptors: descriptors)
    return json
      ? EVMTransactionJSON.object(tx, fork: fork, validity: validity, call: call).serialized + "\n"
      : PlainTextRenderer.render(EVMFactSheet.make(tx, fork: fork, validity: validity, call: call))
  }

  /// What the calldata does; nil for a contract creation (the data is code) or no data.
  static func decodeCall(_ tx: Transaction, abiFiles: [String]) throws(Failure) -> DecodedCall? {
    guard let to = tx.to, !tx.data.isEmpty else { return nil }
    let userABI: UserABI
    do {
      userABI = try UserABI.load(
        files: abiFiles,
        directory: UserABI.defaultDirectory(environment: ProcessInfo.processInfo.environment))
    } catch {
      throw .badInput(error.description)
    }
    return CallDecoder(userABI: userABI).decode(calldata: tx.data, contract: to)
  }
}
