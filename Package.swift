// swift-tools-version: 6.1
import PackageDescription

let package = Package(
  name: "txray",
  products: [
    .library(name: "TxrayKit", targets: ["TxrayKit"]),
    .executable(name: "txray", targets: ["txray"]),
  ],
  traits: [
    .trait(
      name: "Llama",
      description: """
        Words explanations with llama.cpp in process; needs the txray-llama pkg-config file \
        that scripts/setup-llama writes. A wallet that only judges transactions leaves it off.
        """),
    .default(enabledTraits: ["Llama"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
    // One pinned trait: with the default traits SwiftPM orders trait flags differently between
    // runs and recompiles WasmKit on unrelated builds (platform notes).
    .package(url: "https://github.com/swiftwasm/WasmKit", exact: "0.4.2", traits: ["MultiThread"]),
  ],
  targets: [
    .systemLibrary(
      name: "CSecp256k1",
      pkgConfig: "libsecp256k1",
      providers: [.apt(["libsecp256k1-dev"])]
    ),
    .systemLibrary(
      name: "CNCurses",
      pkgConfig: "ncursesw",
      providers: [.apt(["libncursesw5-dev"])]
    ),
    // c-kzg-4844 and blst, built by scripts/setup-kzg into txray's cache; found through the
    // txray-kzg and txray-blst pkg-config files it writes.
    .systemLibrary(name: "CBLST", pkgConfig: "txray-blst"),
    .systemLibrary(name: "CKZG", pkgConfig: "txray-kzg"),
    // The Keccak-f[1600] permutation behind Keccak-256, in C (lane complementing, BMI2 when the
    // CPU has it).
    .target(name: "CKeccak", cSettings: optimizedInDebugC),
    .target(
      name: "TxrayCore",
      dependencies: ["CKeccak"],
      // UInt256 and Keccak-256 carry the interpreter's and the state trie's arithmetic.
      swiftSettings: optimizedInDebug),
    .target(name: "Secp256k1Signatures", dependencies: ["TxrayCore", "CSecp256k1"]),
    .target(
      name: "EVM",
      dependencies: [
        "TxrayCore", "Secp256k1Signatures", .product(name: "Crypto", package: "swift-crypto"),
        "CBLST", "CKZG",
      ],
      swiftSettings: optimizedInDebug),
    // Ethereum's reference state tests and the state trie they check roots with: the
    // `dev statetest` command and the EVM tests run them; nothing a wallet builds does.
    .target(
      name: "EVMConformance", dependencies: ["EVM", "TxrayCore"], swiftSettings: optimizedInDebug),
    .target(
      name: "NEAR",
      dependencies: [
        "TxrayCore", "Secp256k1Signatures", .product(name: "Crypto", package: "swift-crypto"),
        .product(name: "WasmKit", package: "WasmKit"),
      ]),
    // llama.cpp's static libraries in txray's cache, found through the .pc file
    // scripts/setup-llama writes (it lists each library before the ones it uses).
    .systemLibrary(name: "CLlama", pkgConfig: "txray-llama"),
    .target(name: "TxrayRules", dependencies: ["TxrayCore"]),
    .target(name: "TxrayLlama", dependencies: ["TxrayRules", "CLlama"]),
    .target(name: "Review", dependencies: ["TxrayCore", "TxrayRules", "CNCurses"]),
    // The signer's own words checked against what a transaction does (`--expect`).
    .target(name: "IntentCheck", dependencies: ["TxrayCore", "EVM", "NEAR", "TxrayRules"]),
    .target(
      name: "TxrayKit",
      dependencies: [
        "TxrayCore", "EVM", "NEAR", "TxrayRules", "IntentCheck",
        .target(name: "TxrayLlama", condition: .when(traits: ["Llama"])),
      ]),
    .executableTarget(
      name: "txray",
      dependencies: [
        "TxrayKit", "TxrayCore", "EVM", "EVMConformance", "NEAR", "TxrayRules", "Review",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .testTarget(name: "TxrayCoreTests", dependencies: ["TxrayCore"], exclude: ["Fixtures"]),
    .testTarget(
      name: "EVMTests",
      dependencies: [
        "EVM", "EVMConformance", "TxrayCore", .product(name: "Crypto", package: "swift-crypto"),
      ],
      resources: [.copy("Fixtures")]),
    .testTarget(
      name: "NEARTests",
      dependencies: ["NEAR", "TxrayCore", .product(name: "WAT", package: "WasmKit")],
      exclude: ["Fixtures", "Contracts"]),
    .testTarget(
      name: "TxrayRulesTests", dependencies: ["TxrayRules", "TxrayLlama", "TxrayCore"],
      exclude: ["Fixtures"]),
    .testTarget(name: "ReviewTests", dependencies: ["Review", "TxrayRules", "TxrayCore"]),
    .testTarget(
      name: "TxrayKitTests",
      dependencies: ["TxrayKit", "EVM", "NEAR", "TxrayRules", "TxrayCore", "IntentCheck"],
      exclude: ["Fixtures"]),
    .testTarget(
      name: "IntentCheckTests",
      dependencies: ["IntentCheck", "TxrayCore", "TxrayRules", "TxrayLlama", "EVM", "NEAR"],
      exclude: ["Fixtures"]),
    .testTarget(name: "CLITests", dependencies: ["txray"], exclude: ["Fixtures"]),
    // What each libFuzzer target of Fuzz/ does with one input, compiled in every build so that
    // FuzzSmokeTests runs it over seeds and their mutations (issue 17).
    .target(
      name: "FuzzBodies",
      dependencies: [
        "TxrayKit", "TxrayCore", "EVM", "NEAR", "TxrayRules", "IntentCheck",
        .product(name: "WasmKit", package: "WasmKit"),
      ]),
    .testTarget(name: "FuzzSmokeTests", dependencies: ["FuzzBodies", "EVM", "TxrayCore"]),
  ],
  swiftLanguageModes: [.v6]
)

package.products += fuzzTargets.filter { $0.type == .executable }.map {
  .executable(name: $0.name, targets: [$0.name])
}
package.targets += fuzzTargets

/// libFuzzer targets (`Fuzz/<Name>/`, run by scripts/fuzz) when `TXRAY_FUZZ=1`: they build only
/// with `-sanitize=fuzzer`, which a plain build or a package that depends on txray never passes.
/// Each is a thin wrapper around its body in FuzzBodies.
var fuzzTargets: [Target] {
  guard Context.environment["TXRAY_FUZZ"] == "1" else { return [] }
  let names = [
    "Explain", "EVMTransaction", "NEARTransaction", "NEARRPCTransaction", "ABI", "TypedData",
    "ERC7730", "EVMSnapshot", "NEARSnapshot", "Intent", "EVMExecution", "WasmExecution",
    "EVMStateRPC", "NEARStateRPC", "Codecs", "TransactionRequest", "Narrator",
  ]
  let entryPoints = names.map {
    Target.executableTarget(
      name: "Fuzz\($0)", dependencies: ["FuzzBodies", "CLibFuzzer"], path: "Fuzz/\($0)")
  }
  return entryPoints + [.target(name: "CLibFuzzer", path: "Fuzz/CLibFuzzer")]
}

/// `-O` in debug builds of TxrayCore and EVM when `TXRAY_OPTIMIZED_DEBUG=1` (scripts/test sets
/// it): the tests run Ethereum's ~20,000 reference state tests through the interpreter, which
/// unoptimised code makes many times slower. A package that depends on txray never sets it, so
/// no target it builds carries an unsafe flag (SwiftPM refuses those in a versioned dependency,
/// whatever condition guards them).
var optimizedInDebug: [SwiftSetting] {
  guard Context.environment["TXRAY_OPTIMIZED_DEBUG"] == "1" else { return [] }
  return [.unsafeFlags(["-O"], .when(configuration: .debug))]
}

/// The same for the C Keccak-f permutation, which debug builds would compile at -O0.
var optimizedInDebugC: [CSetting] {
  guard Context.environment["TXRAY_OPTIMIZED_DEBUG"] == "1" else { return [] }
  return [.unsafeFlags(["-O2"], .when(configuration: .debug))]
}
