internal import CLlama
import TxrayCore
import TxrayRules

extension LlamaModel: ComposingModel {
  /// Greedy composition: at each choice the model's scores for the next token decide, among the
  /// pieces the grammar allows, the one whose first token scores highest; the chosen pieces'
  /// tokens are fed back. The model never writes a word of the explanation; it only chooses.
  public func compose(
    _ request: CompositionRequest, onItem: ((Composition.Item) -> Void)?
  ) throws(ModelError) -> ComposedAnswer {
    lock.lock()
    defer { lock.unlock() }
    let clock = ContinuousClock()
    let start = clock.now
    let deadline = Deadline(start + request.timeLimit)
    let deadlinePointer = Unmanaged.passUnretained(deadline).toOpaque()
    llama_set_abort_callback(context, { data in Deadline.hasPassed(data) }, deadlinePointer)
    defer { llama_set_abort_callback(context, nil, nil) }

    var grammar = request.grammar
    var labels = ""
    var firstItem: ContinuousClock.Instant?
    func answer(finished: Bool) -> ComposedAnswer {
      ComposedAnswer(
        composition: grammar.composition, labels: labels, finished: finished,
        timeToFirstItem: firstItem.map { $0 - start }, totalTime: clock.now - start)
    }

    let prose = GenerationRequest(
      system: request.prompt.system, user: request.prompt.user, timeLimit: request.timeLimit)
    let endOfTurn = Self.endOfTurn(vocab)
    var known: [String: [llama_token]] = [:]
    func tokens(of piece: CompositionGrammar.Piece) throws(ModelError) -> [llama_token] {
      if piece == .end { return [endOfTurn] }
      let text = grammar.text(of: piece)
      if let tokens = known[text] { return tokens }
      let tokens = try pieceTokens(text)
      known[text] = tokens
      return tokens
    }
    // A piece the grammar forces (the one required finding an answer opens with, the only
    // wording of a statement) needs no choice: it is taken at once, so the first statement of a
    // risky transaction shows before the prompt is read, and its tokens wait in `pending` to be
    // read in one batch with the next ones when a choice needs the model's scores.
    var pending: [llama_token] = []
    var prefilled = false
    while !grammar.isFinished {
      let allowed = grammar.allowed()
      guard let only = allowed.first else { break }
      var chosen = only
      if allowed.count > 1 {
        if !prefilled {
          // Room for the longest answer: four tokens a statement at most ("and", " C", "2").
          guard try prefill(prose, room: 4 * grammar.maxItems + 4, deadline: deadline) else {
            return answer(finished: false)
          }
          prefilled = true
        }
        if !pending.isEmpty {
          let status = decode(pending[...])
          if status == 2 || deadline.passed { return answer(finished: false) }
          if status != 0 { throw .generationFailed("llama_decode returned \(status)") }
          pending = []
        }
        guard let logits = llama_get_logits_ith(context, -1) else { break }
        var best = -Float.infinity
        for piece in allowed {
          let score = logits[Int(try tokens(of: piece)[0])]
          if score > best { (best, chosen) = (score, piece) }
        }
      }
      labels += grammar.text(of: chosen)
      pending += try tokens(of: chosen)
      grammar.accept(chosen)
      if case .wording = chosen, let item = grammar.items.last {
        if firstItem == nil { firstItem = clock.now }
        onItem?(item)
      }
    }
    return answer(finished: grammar.isFinished)
  }

  /// A piece's tokens as the model would write them mid-answer (no start-of-text token).
  private func pieceTokens(_ text: String) throws(ModelError) -> [llama_token] {
    let length = Int32(text.utf8.count)
    var tokens = [llama_token](repeating: 0, count: Int(length) + 4)
    let count = llama_tokenize(vocab, text, length, &tokens, Int32(tokens.count), false, false)
    guard count > 0 else { throw .generationFailed("cannot tokenize \"\(text)\"") }
    return Array(tokens.prefix(Int(count)))
  }

  /// The token that ends an assistant's turn: end-of-turn where the vocabulary has one
  /// (`<|im_end|>`), else end-of-sequence.
  private static func endOfTurn(_ vocab: OpaquePointer) -> llama_token {
    let eot = llama_vocab_eot(vocab)
    return eot >= 0 ? eot : llama_vocab_eos(vocab)
  }
}
