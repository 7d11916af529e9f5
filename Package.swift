// swift-tools-version: 6.1
import PackageDescription

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
    .target(name: "TxrayCore"),
    .target(name: "Secp256k1Signatures", dependencies: ["TxrayCore", "CSecp256k1"]),
    .target(
      name: "EVM",
      dependencies: [
        "TxrayCore", "Secp256k1Signatures", .product(name: "Crypto", package: "swift-crypto"),
      ]),
    .target(
      name: "NEAR",
      dependencies: [
        "TxrayCore", "Secp256k1Signatures", .product(name: "Crypto", package: "swift-crypto"),
        .product(name: "WasmKit", package: "WasmKit"),
      ]),
    .target(name: "Explain", dependencies: ["TxrayCore"]),
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
      name: "EVMTests", dependencies: ["EVM", "TxrayCore"],
      resources: [.copy("Fixtures")]),
    .testTarget(
      name: "NEARTests",
      dependencies: ["NEAR", "TxrayCore", .product(name: "WAT", package: "WasmKit")],
      exclude: ["Fixtures"]),
    .testTarget(name: "ExplainTests", dependencies: ["Explain", "TxrayCore"]),
    .testTarget(name: "ReviewTests", dependencies: ["Review", "Explain", "TxrayCore"]),
    .testTarget(name: "CLITests", dependencies: ["txray"]),
  ],
  swiftLanguageModes: [.v6]
)
