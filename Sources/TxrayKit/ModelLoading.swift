import Foundation
import TxrayRules

#if Llama
  import TxrayLlama
#endif

extension ModelChoice {
  /// The model, ready to generate; nil for `.none`. Loading a GGUF takes a moment (memory
  /// mapping it): load once and reuse it for every transaction.
  /// A file model keeps the state after its prompts' fixed opening in the cache directory
  /// (`prompt-cache/`), so later runs skip processing it. A package built without the `Llama`
  /// trait has no in-process model: a GGUF file fails to load, an endpoint still works.
  public func load(environment: [String: String] = ProcessInfo.processInfo.environment)
    throws(ModelError) -> (any LanguageModel)?
  {
    switch self {
    case .none: return nil
    case .file(let path):
      #if Llama
        return try LlamaModel(
          path: path,
          promptCacheDirectory: Self.cacheDirectory(environment: environment) + "/prompt-cache")
      #else
        throw .loadFailed("\(path): txray was built without the Llama trait (llama.cpp)")
      #endif
    case .endpoint(let url, let model):
      guard let endpoint = OpenAIEndpoint(base: url, model: model) else {
        throw .endpoint("not an http(s) URL: \(url)")
      }
      return endpoint
    }
  }
}
