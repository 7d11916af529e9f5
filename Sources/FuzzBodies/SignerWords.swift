import IntentCheck
import TxrayKit
import TxrayRules

extension FuzzBody {
  /// Arbitrary strings where the signer's words go: the expectation language (and its JSON
  /// form) and the text the Guard reads back against each of two real narrations.
  public static let intent = FuzzBody(target: "Intent") { input in
    let text = String(decoding: input, as: UTF8.self)
    _ = try? ExpectationInput.parse(text)
    for narration in sampleNarrations {
      _ = ClaimCheck(narration: narration).check(text)
    }
  }

  /// Two explained transactions whose narrations the Guard checks text against: an unlimited
  /// ERC-20 approval (samples/erc20-approve-unlimited.hex) and a NEAR ft_transfer
  /// (samples/near-ft-transfer.b64).
  static let sampleNarrations = [
    "0x02f8b00108843b9aca008506fc23ac0082ea6094a0b86991c6218b36c1d19d4a2e9eb0ce3606eb4880b844095ea7b3000000000000000000000000000000000022d473030f116ddee9f6b43ac78ba3ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc001a054195e128906a5bc816cd3a4895a41c6841fb4ddf7fc8e5082e4f889c92a684ca01f0cac4e1bbe9271bb7cb72074c478a9b49fbd2e5ea26bfeece58ba8d488318b",
    "CgAAAGFsaWNlLm5lYXIA7RHlTlB9HUaDNzCtNyoRrRI3OqEkPKu7Hkn+JHq1D0npAwAAAAAAAEAAAAAxNzIwODYyOGY4NGY1ZDZhZDMzZjBkYTNiYmJlYjI3ZmZjYjM5OGVhYzUwMWEzMWJkNmFkMjAxMWUzNjEzM2Ex5OvsvVIjNXrnv+dGcHoXZnsadtLxzM4SHRjou8u9MT8BAAAAAgsAAABmdF90cmFuc2ZlckMAAAB7InJlY2VpdmVyX2lkIjoiYm9iLm5lYXIiLCJhbW91bnQiOiIyNTAwMDAwMDAiLCJtZW1vIjoiaW52b2ljZSA0MiJ9AOBX60gbAAABAAAAAAAAAAAAAAAAAAAAAPT/tovZ/Y2VDzipBRsHtcDYGyt9w32oZSuWGRbfDWy94ZGk57ugp1Q7gZCvMQ2pM+dFZFYa6M+Z3zmz14fzMQA=",
  ].compactMap { sample in
    try? Explainer.explain(sample, context: bundledOnly, rendering: .json).judgement?.narration
  }
}
