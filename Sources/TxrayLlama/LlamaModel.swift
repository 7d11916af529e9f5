internal import CLlama
import Foundation
import TxrayRules

/// A GGUF model run in process by llama.cpp: loaded once, then asked one prompt at a time.
///
/// Decoding is greedy (the same prompt gives the same text on every run and thread count) and
/// constrained by the request's GBNF grammar. Threads: see `defaultThreads`.
public final class LlamaModel: LanguageModel, @unchecked Sendable {
  public let name: String
  public let contextSize: Int

  private let model: OpaquePointer
  let context: OpaquePointer
  let vocab: OpaquePointer
  private let chatTemplate: String?
  /// Where the state after the prompts' fixed opening is kept (nil: processed every time).
  private let promptCache: PromptPrefixCache?
  /// One generation at a time: the context holds one conversation's state.
  let lock = NSLock()

  public init(
    path: String, threads: Int32? = nil, contextSize: UInt32 = 2048,
    promptCacheDirectory: String? = nil
  ) throws(ModelError) {
    promptCache = promptCacheDirectory.flatMap {
      PromptPrefixCache(directory: $0, modelPath: path)
    }
    guard FileManager.default.fileExists(atPath: path) else { throw .modelFileMissing(path) }
    // Readings before and after loading the model, which takes a moment: what another process
    // does only briefly (starting up beside txray in a pipeline) does not count.
    var runnable = Self.runnableThreads()
    LlamaBackend.start()
    var modelParameters = llama_model_default_params()
    modelParameters.n_gpu_layers = 0
    guard let model = llama_model_load_from_file(path, modelParameters) else {
      throw .loadFailed("llama.cpp could not read \(path) as a GGUF model")
    }
    runnable = min(runnable, Self.runnableThreads())
    let threads = threads ?? Self.threads(runnable: runnable)
    var contextParameters = llama_context_default_params()
    contextParameters.n_ctx = contextSize
    contextParameters.n_batch = contextSize
    contextParameters.n_threads = threads
    contextParameters.n_threads_batch = threads
    contextParameters.no_perf = true
    guard let context = llama_init_from_model(model, contextParameters) else {
      llama_model_free(model)
      throw .loadFailed("llama.cpp could not create a context for \(path)")
    }
    guard let vocab = llama_model_get_vocab(model) else {
      llama_free(context)
      llama_model_free(model)
      throw .loadFailed("\(path) has no vocabulary")
    }
    self.model = model
    self.context = context
    self.vocab = vocab
    self.contextSize = Int(llama_n_ctx(context))
    chatTemplate = llama_model_chat_template(model, nil).map { String(cString: $0) }
    name = URL(fileURLWithPath: path).lastPathComponent
  }

  /// Two threads on an idle machine (more only compete on the 2-core machines txray targets),
  /// one when other processes keep the cores busy (`runnable`: their threads ready to run, see
  /// `runnableThreads`). ggml's threads meet at spinning barriers after every
  /// operation, and a partner thread that is not scheduled turns each barrier into a wasted time
  /// slice: measured at load 18 on 2 cores, SmolLM2 made 0.25 tokens/s with 2 threads and 10
  /// with 1.
  static func threads(runnable: Int) -> Int32 {
    let cores = ProcessInfo.processInfo.activeProcessorCount
    return cores >= 2 && runnable + 2 <= cores ? 2 : 1
  }

  /// Threads of other processes ready to run now: the least of five readings 10 ms apart of the
  /// runnable count in /proc/loadavg (its 4th field, "R/T", which counts the reader itself).
  /// Not the one-minute load average: it lags, and chose 1 thread, twice as slow, for a minute
  /// after any build had finished.
  static func runnableThreads() -> Int {
    var least = Int.max
    for reading in 0..<5 {
      if reading > 0 { usleep(10_000) }
      let runnable =
        (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))?
        .split(separator: " ").dropFirst(3).first?.split(separator: "/").first
        .flatMap { Int($0) } ?? 1
      least = min(least, runnable - 1)
    }
    return max(0, least)
  }

  deinit {
    llama_free(context)
    llama_model_free(model)
  }

  public func generate(_ request: GenerationRequest, onToken: ((String) -> Void)?)
    throws(ModelError)
    -> Generation
  {
    lock.lock()
    defer { lock.unlock() }
    let clock = ContinuousClock()
    let start = clock.now
    let deadline = Deadline(start + request.timeLimit)

    let sampler = try Sampler(vocab: vocab, grammar: request.grammar)
    let deadlinePointer = Unmanaged.passUnretained(deadline).toOpaque()
    llama_set_abort_callback(context, { data in Deadline.hasPassed(data) }, deadlinePointer)
    defer { llama_set_abort_callback(context, nil, nil) }
    let prefilled = try prefill(request, room: request.maxTokens, deadline: deadline)

    var text = ""
    var utf8 = UTF8Accumulator()
    var generated = 0
    var firstPiece: ContinuousClock.Instant?
    func result(_ stop: Generation.Stop) -> Generation {
      Generation(
        text: text, stop: stop, tokenCount: generated,
        timeToFirstToken: firstPiece.map { $0 - start }, totalTime: clock.now - start)
    }
    /// Adds a chosen token to the answer; returns why to stop, if it is time to.
    func emit(_ token: llama_token) -> Generation.Stop? {
      if llama_vocab_is_eog(vocab, token) { return .finished }
      generated += 1
      let piece = utf8.push(self.piece(of: token))
      if !piece.isEmpty {
        if firstPiece == nil { firstPiece = clock.now }
        text += piece
        onToken?(piece)
      }
      return generated >= request.maxTokens ? .tokenLimit : nil
    }
    func check(_ status: Int32) throws(ModelError) -> Generation.Stop? {
      if status == 2 || deadline.passed { return .timeLimit }
      if status != 0 { throw .generationFailed("llama_decode returned \(status)") }
      return nil
    }

    if !prefilled { return result(.timeLimit) }
    while true {
      let token = sampler.next(context, output: -1)
      if let stop = emit(token) { return result(stop) }
      if let stop = try check(decode([token])) { return result(stop) }
    }
  }

  /// Clears the context and reads the request's prompt into it, from the prompt cache where it
  /// can: the whole prompt when the same one was read before (a composition prompt holds the
  /// claims' templates, not their values, so transactions of one shape share it), else the fixed
  /// opening. False when the deadline passed first. The caller has set
  /// the abort callback for `deadline`; `room` is what the answer needs in the context.
  func prefill(_ request: GenerationRequest, room: Int, deadline: Deadline) throws(ModelError)
    -> Bool
  {
    let promptText = try formatted(request)
    let prompt = try tokens(of: promptText)
    if prompt.count + room > contextSize {
      throw .promptTooLong(tokens: prompt.count + room, limit: contextSize)
    }
    llama_memory_clear(llama_get_memory(context), true)
    func read(_ part: ArraySlice<llama_token>) throws(ModelError) -> Bool {
      let status = decode(part)
      if status == 2 || deadline.passed { return false }
      if status != 0 { throw .generationFailed("llama_decode returned \(status)") }
      return true
    }
    guard let promptCache, prompt.count > 1 else { return try read(prompt[...]) }
    // All but the last token: that one is read anyway, for the scores of what comes next.
    let whole = prompt.dropLast()
    if promptCache.restore(whole, into: context) { return try read(prompt.suffix(1)) }
    var processed = 0
    let prefix = prompt[..<fixedPrefixLength(of: prompt, text: promptText, user: request.user)]
    if !prefix.isEmpty {
      if !promptCache.restore(prefix, into: context) {
        guard try read(prefix) else { return false }
        promptCache.save(prefix, from: context)
      }
      processed = prefix.count
    }
    if processed < whole.count {
      guard try read(whole[processed...]) else { return false }
      promptCache.save(whole, from: context)
    }
    return try read(prompt.suffix(1))
  }

  /// Decodes `tokens` after what the context holds; llama.cpp's status (0: done, 2: aborted).
  func decode(_ tokens: ArraySlice<llama_token>) -> Int32 {
    var tokens = Array(tokens)
    return tokens.withUnsafeMutableBufferPointer {
      llama_decode(context, llama_batch_get_one($0.baseAddress, Int32($0.count)))
    }
  }

  /// How many of `prompt`'s tokens (`text`, tokenized) come before the `user` text: the part
  /// every request with the same system text shares. At least one token is left for the
  /// request's own part.
  private func fixedPrefixLength(of prompt: [llama_token], text: String, user: String) -> Int {
    guard let userStart = text.range(of: user, options: .backwards)?.lowerBound,
      let fixed = try? tokens(of: String(text[..<userStart]))
    else { return 0 }
    // Tokens can merge across the boundary: only the tokens both agree on are shared.
    let shared = zip(fixed, prompt).prefix { $0 == $1 }.count
    return min(shared, prompt.count - 1)
  }

  /// The request as the model's chat template lays it out (ChatML when the model names none).
  private func formatted(_ request: GenerationRequest) throws(ModelError) -> String {
    let roles = [strdup("system"), strdup("user")]
    let contents = [strdup(request.system), strdup(request.user)]
    defer { (roles + contents).forEach { free($0) } }
    var messages = zip(roles, contents).map { llama_chat_message(role: $0, content: $1) }
    let template = chatTemplate ?? "chatml"
    var capacity = 2 * (request.system.utf8.count + request.user.utf8.count) + 256
    while true {
      var buffer = [CChar](repeating: 0, count: capacity)
      let length = llama_chat_apply_template(
        template, &messages, messages.count, true, &buffer, Int32(capacity))
      if length < 0 { throw .generationFailed("the model's chat template is not supported") }
      if Int(length) <= capacity {
        return String(
          decoding: buffer.prefix(Int(length)).map { UInt8(bitPattern: $0) }, as: UTF8.self)
      }
      capacity = Int(length)
    }
  }

  func tokens(of text: String) throws(ModelError) -> [llama_token] {
    let length = Int32(text.utf8.count)
    var tokens = [llama_token](repeating: 0, count: Int(length) + 8)
    let count = llama_tokenize(vocab, text, length, &tokens, Int32(tokens.count), true, true)
    guard count >= 0 else { throw .generationFailed("tokenization failed") }
    return Array(tokens.prefix(Int(count)))
  }

  /// The bytes a token stands for; special tokens (end of turn …) render as nothing.
  private func piece(of token: llama_token) -> [UInt8] {
    var buffer = [CChar](repeating: 0, count: 64)
    var length = llama_token_to_piece(vocab, token, &buffer, Int32(buffer.count), 0, false)
    if length < 0 {
      buffer = [CChar](repeating: 0, count: Int(-length))
      length = llama_token_to_piece(vocab, token, &buffer, Int32(buffer.count), 0, false)
    }
    return buffer.prefix(Int(max(length, 0))).map { UInt8(bitPattern: $0) }
  }
}

/// Greedy choice under an optional grammar, all in llama.cpp: the best token is checked against
/// the grammar alone first, which is much cheaper than applying the grammar to the whole
/// vocabulary and usually enough; only when the grammar refuses it is every token filtered.
private final class Sampler {
  private let greedy: UnsafeMutablePointer<llama_sampler>
  /// The grammar, also owned by `constrained` (a chain frees what it holds).
  private let grammar: UnsafeMutablePointer<llama_sampler>?
  /// grammar then greedy, over the whole vocabulary.
  private let constrained: UnsafeMutablePointer<llama_sampler>?

  init(vocab: OpaquePointer, grammar text: String?) throws(ModelError) {
    greedy = llama_sampler_init_greedy()
    guard let text else {
      grammar = nil
      constrained = nil
      return
    }
    guard let grammar = llama_sampler_init_grammar(vocab, text, "root") else {
      llama_sampler_free(greedy)
      throw .invalidGrammar
    }
    let chain = llama_sampler_chain_init(llama_sampler_chain_default_params())
    llama_sampler_chain_add(chain, grammar)
    llama_sampler_chain_add(chain, llama_sampler_init_greedy())
    self.grammar = grammar
    constrained = chain
  }

  deinit {
    llama_sampler_free(greedy)
    if let constrained { llama_sampler_free(constrained) }
  }

  /// The next token after the batch output at index `output` (-1: the last), already accepted
  /// by the grammar.
  func next(_ context: OpaquePointer, output: Int32) -> llama_token {
    let best = llama_sampler_sample(greedy, context, output)
    guard let grammar, let constrained else { return best }
    var candidate = llama_token_data(id: best, logit: 0, p: 0)
    withUnsafeMutablePointer(to: &candidate) { pointer in
      var array = llama_token_data_array(data: pointer, size: 1, selected: -1, sorted: false)
      llama_sampler_apply(grammar, &array)
    }
    if candidate.logit.isFinite {
      llama_sampler_accept(grammar, best)
      return best
    }
    // Samples and accepts through the chain, so the grammar sees the token.
    return llama_sampler_sample(constrained, context, output)
  }
}

/// llama.cpp's process-wide setup, done once: backends, and its log silenced (it writes model
/// details to stderr, which is the CLI's channel for errors).
private enum LlamaBackend {
  static let started: Void = {
    llama_log_set({ _, _, _ in }, nil)
    llama_backend_init()
  }()

  static func start() { _ = started }
}

/// The wall-clock bound, read by llama.cpp's abort callback during prompt processing.
final class Deadline {
  let instant: ContinuousClock.Instant
  init(_ instant: ContinuousClock.Instant) { self.instant = instant }
  var passed: Bool { ContinuousClock.now >= instant }

  static func hasPassed(_ data: UnsafeMutableRawPointer?) -> Bool {
    guard let data else { return false }
    return Unmanaged<Deadline>.fromOpaque(data).takeUnretainedValue().passed
  }
}

/// Token pieces can split a UTF-8 character; text is released only once it is whole.
private struct UTF8Accumulator {
  private var pending: [UInt8] = []

  mutating func push(_ bytes: [UInt8]) -> String {
    pending += bytes
    // Hold back an incomplete sequence at the end (at most 3 bytes), release the rest.
    var cut = pending.count
    var back = 0
    while back < min(3, pending.count) {
      let byte = pending[pending.count - 1 - back]
      if byte & 0xC0 != 0x80 {
        let needed = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
        if needed > back + 1 { cut = pending.count - 1 - back }
        break
      }
      back += 1
    }
    let ready = String(decoding: pending[..<cut], as: UTF8.self)
    pending.removeFirst(cut)
    return ready
  }
}
