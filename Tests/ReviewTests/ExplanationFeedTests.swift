import Foundation
import Testing

@testable import Review

@Suite struct ExplanationFeedTests {
  @Test func updatesFromAnotherThreadArriveInOrder() async {
    let feed = ExplanationFeed()
    let done = DispatchSemaphore(value: 0)
    Thread {
      feed.send(.started)
      for word in ["one ", "two ", "three"] { feed.send(.token(word)) }
      done.signal()
    }.start()
    done.wait()
    var state = ExplanationState(settled: .init(text: "rules", source: .rules))
    for update in feed.drain() { state.apply(update) }
    #expect(state.draft == "one two three")
    #expect(feed.drain().isEmpty)
  }
}
