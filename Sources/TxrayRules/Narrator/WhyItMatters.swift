/// Vetted sentences on why a finding matters, one rule each. They hold no values, so they are
/// true of every transaction the rule fires on; a composition may say one right after its
/// finding.
enum WhyItMatters {
  static func sentence(forRule rule: String) -> String? { sentences[rule] }

  private static let sentences: [String: String] = [
    "evm.unlimited-allowance":
      "An allowance stays in force until you change it, and it covers tokens you receive later "
      + "too.",
    "evm.allowance-to-eoa":
      "An ordinary account that holds an allowance can move the tokens as soon as it likes.",
    "evm.approval-for-all":
      "An operator approval covers every token of the collection you hold, now and later, "
      + "until you revoke it.",
    "evm.permit-signature":
      "A permit needs no transaction from you: whoever holds the signature can use it.",
    "evm.eip7702-delegation":
      "A delegated account runs the delegate's code on every call to it, so that code decides "
      + "what happens to everything the account holds.",
    "near.full-access-key":
      "A full-access key can do anything the account owner can, including removing your other "
      + "keys.",
    "near.delete-account": "Deleting an account cannot be undone.",
    "near.deploy-contract":
      "Contract code runs with the account's own rights whenever it is called.",
  ]
}
