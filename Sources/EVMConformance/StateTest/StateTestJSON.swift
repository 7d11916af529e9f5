import EVM

/// The filled state-test JSON exactly as written (ethereum/tests and execution-spec-tests
/// "state_test" format): every number a hex string. `StateTest` turns it into typed values.
struct StateTestJSON: Decodable {
  struct Account: Decodable {
    var balance: String
    var nonce: String
    var code: String
    var storage: [String: String]
  }

  struct Environment: Decodable {
    var currentCoinbase: String
    var currentGasLimit: String
    var currentNumber: String
    var currentTimestamp: String
    var currentDifficulty: String?
    var currentBaseFee: String?
    var currentRandom: String?
    var currentExcessBlobGas: String?
  }

  struct AccessListEntry: Decodable {
    var address: String
    var storageKeys: [String]
  }

  struct Authorization: Decodable {
    var chainId: String
    var address: String
    var nonce: String
    var v: String?
    var yParity: String?
    var r: String
    var s: String
  }

  struct Transaction: Decodable {
    var data: [String]
    var gasLimit: [String]
    var value: [String]
    var nonce: String
    var to: String
    var sender: String?
    var gasPrice: String?
    var maxFeePerGas: String?
    var maxPriorityFeePerGas: String?
    /// One list per `data` entry; null entries mean an empty list.
    var accessLists: [[AccessListEntry]?]?
    var blobVersionedHashes: [String]?
    var maxFeePerBlobGas: String?
    var authorizationList: [Authorization]?
  }

  struct Indexes: Decodable {
    var data: Int
    var gas: Int
    var value: Int
  }

  struct PostEntry: Decodable {
    var hash: String
    var logs: String
    var indexes: Indexes
    var expectException: String?
  }

  struct Config: Decodable {
    var chainid: String?
  }

  var env: Environment
  var pre: [String: Account]
  var transaction: Transaction
  var post: [String: [PostEntry]]
  var config: Config?
}
