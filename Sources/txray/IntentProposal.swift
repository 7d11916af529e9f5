import Foundation
import IntentCheck
import Review
import TxrayCore
import TxrayKit
import TxrayRules

/// The review screen's intent field, wired to the checker and the model: typed text in the
/// expectation language is read as is; anything else is plain words for the model. Either way
/// the reading shown is strict (`nothing else` added) and is exactly what is checked.
enum IntentProposal {
  static func field(input: String, model: SharedModel, context: ExplainContext) -> IntentEntry {
    IntentEntry(
      propose: { typed in
        if let expectation = try? ExpectationInput.parse(typed) {
          return .success(ExpectationText.render(expectation.strict))
        }
        do {
          let expectation = try read(typed, model: model, context: context)
          return .success(ExpectationText.render(expectation.strict))
        } catch {
          return .failure(PasteRejection((error as? Failure)?.message ?? "\(error)"))
        }
      },
      check: { reading in
        do {
          var checking = context
          checking.expectation = try ExpectationInput.parse(reading)
          return .success(try Explainer.report(input, context: checking))
        } catch let error as ExpectationError {
          return .failure(PasteRejection(error.message))
        } catch let failure as Failure {
          return .failure(PasteRejection(failure.message))
        } catch {
          return .failure(PasteRejection("\(error)"))
        }
      })
  }

  /// Plain words read by the model; without one, the language's own error says what to type.
  static func read(_ words: String, model: (any LanguageModel)?, context: ExplainContext)
    throws(Failure) -> Expectation
  {
    guard let model else {
      do {
        return try ExpectationInput.parse(words)
      } catch {
        throw .badInput(error.message + " (plain words need a model: see --model)")
      }
    }
    do {
      return try PlainWordsReader(model: model).read(
        words, tokens: context.tokens, chainId: context.assumedChainId?.uint64Value)
    } catch {
      throw .badInput(error.message)
    }
  }

  /// `read` with the shared model, loaded if it is not yet.
  static func read(_ words: String, model: SharedModel, context: ExplainContext) throws(Failure)
    -> Expectation
  {
    do {
      return try read(words, model: try model.model(), context: context)
    } catch let failure as Failure {
      throw failure
    } catch {
      throw .badInput("model: \(error)")
    }
  }
}

/// A model loaded once, when first needed, and shared by the explanation's thread and the
/// intent field.
final class SharedModel: @unchecked Sendable {
  let choice: ModelChoice
  private let lock = NSLock()
  private var loaded: Result<(any LanguageModel)?, ModelError>?

  init(_ choice: ModelChoice) {
    self.choice = choice
  }

  func model() throws(ModelError) -> (any LanguageModel)? {
    lock.lock()
    defer { lock.unlock() }
    if loaded == nil { loaded = Result { () throws(ModelError) in try choice.load() } }
    return try loaded!.get()
  }
}
