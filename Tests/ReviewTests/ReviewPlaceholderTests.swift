import Testing

@testable import Review
