// swift-tools-version: 6.1
import PackageDescription

// A wallet's view of txray: TxrayKit by version, without the in-process model (no Llama trait,
// so no llama.cpp). scripts/build-dependent sets TXRAY_URL to a tagged clone.
let package = Package(
  name: "Wallet",
  dependencies: [
    .package(
      url: Context.environment["TXRAY_URL"] ?? "https://github.com/txray/txray", from: "0.1.0",
      traits: [])
  ],
  targets: [
    .executableTarget(
      name: "Wallet", dependencies: [.product(name: "TxrayKit", package: "txray")])
  ],
  swiftLanguageModes: [.v6]
)
