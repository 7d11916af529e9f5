import EVM
import TxrayCore

/// `--chain-id` is the chain the signer means to sign on. Input bound to another chain (a
/// transaction's chain id, a typed-data domain's) contradicts it and is refused, as a wallet
/// connected to that chain refuses it: signed anyway, it would act on the chain it names, not
/// on the one the caller checked against.
enum StatedChain {
  static func check(_ stated: UInt256?, against option: UInt256?) throws(Failure) {
    guard let stated, let option, stated != option else { return }
    throw .badInput(
      "the input is for \(EVMChain.networkName(chainId: stated)), "
        + "not \(EVMChain.networkName(chainId: option)) as --chain-id says")
  }
}
