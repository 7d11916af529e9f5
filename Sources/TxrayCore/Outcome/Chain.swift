/// The chains txray reads. Rules, narration and the front ends use it to pick words ("ETH" or
/// "NEAR", "address" or "account") without importing a chain module.
public enum Chain: String, Sendable, Hashable, CaseIterable {
  case evm, near
}
