internal import CLlama
import TxrayCore
import TxrayRules

extension LlamaModel: ComposingModel {
  /// Greedy composition: after the prompt, each step reads the model's scores for the next token
  /// and takes the piece the grammar allows whose first token scores highest, then feeds the
  /// piece's tokens back. The model never writes a word of the explanation; it only chooses.
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
    // Room for the longest answer: four tokens a statement at most ("and", " C", "2").
    guard try prefill(prose, room: 4 * grammar.maxItems + 4, deadline: deadline) else {
      return answer(finished: false)
    }
    let endOfTurn = Self.endOfTurn(vocab)
    var pieceTokens: [String: [llama_token]] = [:]
    while !grammar.isFinished {
      let allowed = grammar.allowed()
      guard !allowed.isEmpty, let logits = llama_get_logits_ith(context, -1) else { break }
      var best: (piece: CompositionGrammar.Piece, tokens: [llama_token], score: Float)?
      for piece in allowed {
        let text = grammar.text(of: piece)
        let tokens: [llama_token]
        if piece == .end {
          tokens = [endOfTurn]
        } else if let known = pieceTokens[text] {
          tokens = known
        } else {
          tokens = try self.pieceTokens(text)
          pieceTokens[text] = tokens
        }
        let score = logits[Int(tokens[0])]
        if best == nil || score > best!.score { best = (piece, tokens, score) }
      }
      guard let best else { break }
      labels += grammar.text(of: best.piece)
      grammar.accept(best.piece)
      if case .wording = best.piece, let item = grammar.items.last {
        if firstItem == nil { firstItem = clock.now }
        onItem?(item)
      }
      if best.piece == .end { break }
      let status = decode(best.tokens[...])
      if status == 2 || deadline.passed { return answer(finished: false) }
      if status != 0 { throw .generationFailed("llama_decode returned \(status)") }
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
