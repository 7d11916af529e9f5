import Foundation

/// Which language model words the explanation, from the command line and what is installed.
///
/// `--no-model` wins; then `--model PATH` (any GGUF) or `--endpoint URL` (an OpenAI-compatible
/// server); else the default model `scripts/setup-llama` installs, when it is there. No model
/// installed means the narrator's text, never an error.
public enum ModelChoice: Sendable, Equatable {
  case none
  case file(path: String)
  case endpoint(url: String, model: String?)

  /// The model `scripts/setup-llama` installs as the default, chosen by `scripts/eval`.
  public static let defaultModelFile = "qwen2.5-coder-0.5b-instruct-q4_k_m.gguf"
  /// The smallest installed candidate: the tests use it for speed.
  public static let smallModelFile = "SmolLM2-135M-Instruct.Q4_1.gguf"

  public enum Failure: Error, Sendable, Equatable, CustomStringConvertible {
    case conflicting
    case invalidEndpoint(String)

    public var description: String {
      switch self {
      case .conflicting: return "--model and --endpoint exclude each other"
      case .invalidEndpoint(let url):
        return "--endpoint \(url): expected an http(s) URL such as http://127.0.0.1:8080"
      }
    }
  }

  public static func resolve(
    modelPath: String?, endpoint: String?, endpointModel: String? = nil, noModel: Bool,
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) throws(Failure) -> ModelChoice {
    if noModel { return .none }
    switch (modelPath, endpoint) {
    case (.some, .some): throw .conflicting
    case (.some(let path), nil): return .file(path: path)
    case (nil, .some(let url)):
      guard OpenAIEndpoint(base: url) != nil else { throw .invalidEndpoint(url) }
      return .endpoint(url: url, model: endpointModel)
    case (nil, nil):
      return installedModel(defaultModelFile, environment: environment).map { .file(path: $0) }
        ?? .none
    }
  }

  /// txray's cache directory, outside any clone: `$TXRAY_CACHE`, else `$XDG_CACHE_HOME/txray`,
  /// else `~/.cache/txray` (the rule `scripts/setup-llama` and Package.swift follow too).
  public static func cacheDirectory(environment: [String: String]) -> String {
    func value(_ name: String) -> String? { environment[name].flatMap { $0.isEmpty ? nil : $0 } }
    if let cache = value("TXRAY_CACHE") { return cache }
    let base = value("XDG_CACHE_HOME") ?? (value("HOME") ?? NSHomeDirectory()) + "/.cache"
    return base + "/txray"
  }

  /// The path of an installed model file, nil when it is not installed.
  public static func installedModel(_ file: String, environment: [String: String]) -> String? {
    let path = cacheDirectory(environment: environment) + "/models/" + file
    return FileManager.default.fileExists(atPath: path) ? path : nil
  }
}
