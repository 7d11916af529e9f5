// swift-tools-version: 6.1
import PackageDescription

// llama.cpp is built by scripts/setup-llama into txray's cache directory, outside the clone
// (the same rule as the script's: $TXRAY_CACHE, else $XDG_CACHE_HOME/txray, else ~/.cache/txray).
let llamaPrefix: String = {
  let environment = Context.environment
  func value(_ name: String) -> String? { environment[name].flatMap { $0.isEmpty ? nil : $0 } }
  let cache =
    value("TXRAY_CACHE")
    ?? ((value("XDG_CACHE_HOME") ?? (value("HOME") ?? "") + "/.cache") + "/txray")
  return cache + "/llama-0.3.36"
}()

let package = Package(
  name: "txray",
  products: [
    .executable(name: "txray", targets: ["txray"])
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
    .target(
      name: "TxrayCore",
      // UInt256 and Keccak-256 carry the interpreter's and the state trie's arithmetic: see EVM.
      swiftSettings: [.unsafeFlags(["-O"], .when(configuration: .debug))]),
    .target(name: "Secp256k1Signatures", dependencies: ["TxrayCore", "CSecp256k1"]),
    .target(
      name: "EVM",
      dependencies: [
        "TxrayCore", "Secp256k1Signatures", .product(name: "Crypto", package: "swift-crypto"),
        "CBLST", "CKZG",
      ],
      // Optimised in debug builds too: the tests run Ethereum's ~20,000 reference state tests
      // through the interpreter, which unoptimised code makes many times slower.
      swiftSettings: [.unsafeFlags(["-O"], .when(configuration: .debug))]),
    .target(
      name: "NEAR",
      dependencies: [
        "TxrayCore", "Secp256k1Signatures", .product(name: "Crypto", package: "swift-crypto"),
        .product(name: "WasmKit", package: "WasmKit"),
      ]),
    .systemLibrary(name: "CLlama"),
    .target(
      name: "Explain", dependencies: ["TxrayCore", "CLlama"],
      swiftSettings: [.unsafeFlags(["-Xcc", "-I\(llamaPrefix)/include"])],
      linkerSettings: [
        .unsafeFlags(["-L\(llamaPrefix)/lib"]),
        // Static libraries: each before the ones it uses.
        .linkedLibrary("llama"), .linkedLibrary("ggml"), .linkedLibrary("ggml-cpu"),
        .linkedLibrary("ggml-base"), .linkedLibrary("stdc++"), .linkedLibrary("m"),
      ]),
    .target(name: "Review", dependencies: ["TxrayCore", "Explain", "CNCurses"]),
    .executableTarget(
      name: "txray",
      dependencies: [
        "TxrayCore", "EVM", "NEAR", "Explain", "Review",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .testTarget(name: "TxrayCoreTests", dependencies: ["TxrayCore"], exclude: ["Fixtures"]),
    .testTarget(
      name: "EVMTests",
      dependencies: ["EVM", "TxrayCore", .product(name: "Crypto", package: "swift-crypto")],
      resources: [.copy("Fixtures")]),
    .testTarget(
      name: "NEARTests",
      dependencies: ["NEAR", "TxrayCore", .product(name: "WAT", package: "WasmKit")],
      exclude: ["Fixtures", "Contracts"]),
    .testTarget(name: "ExplainTests", dependencies: ["Explain", "TxrayCore"]),
    .testTarget(name: "ReviewTests", dependencies: ["Review", "Explain", "TxrayCore"]),
    .testTarget(name: "CLITests", dependencies: ["txray"]),
  ],
  swiftLanguageModes: [.v6]
)
