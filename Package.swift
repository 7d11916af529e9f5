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
  ],
  targets: [
    .systemLibrary(
      name: "CSecp256k1",
      pkgConfig: "libsecp256k1",
      providers: [.apt(["libsecp256k1-dev"])]
    ),
    .target(name: "TxrayCore"),
    .target(name: "Secp256k1Signatures", dependencies: ["TxrayCore", "CSecp256k1"]),
    .target(name: "EVM", dependencies: ["TxrayCore", "Secp256k1Signatures"]),
    .target(
      name: "NEAR",
      dependencies: [
        "TxrayCore", "Secp256k1Signatures", .product(name: "Crypto", package: "swift-crypto"),
      ]),
    .target(name: "Explain", dependencies: ["TxrayCore"]),
    .executableTarget(
      name: "txray",
      dependencies: [
        "TxrayCore", "EVM", "NEAR", "Explain",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .testTarget(name: "TxrayCoreTests", dependencies: ["TxrayCore"], exclude: ["Fixtures"]),
    .testTarget(
      name: "EVMTests", dependencies: ["EVM", "TxrayCore"],
      resources: [.copy("Fixtures")]),
    .testTarget(name: "NEARTests", dependencies: ["NEAR", "TxrayCore"], exclude: ["Fixtures"]),
    .testTarget(name: "CLITests", dependencies: ["txray"]),
  ],
  swiftLanguageModes: [.v6]
)
