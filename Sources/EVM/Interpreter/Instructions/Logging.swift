import TxrayCore

// LOG0…LOG4: 375 per topic (in the static gas) plus 8 per data byte and memory expansion.

extension Interpreter {
  func log(_ f: inout Frame, topics count: Int) -> FrameExit? {
    let offset = f.stack.pop()
    let length = f.stack.pop()
    var topics: [UInt256] = []
    topics.reserveCapacity(count)
    for _ in 0..<count { topics.append(f.stack.pop()) }
    guard let (start, size) = f.expandMemory(offset, length),
      f.charge(GasSchedule.logData * Int64(size))
    else { return .halt(.outOfGas) }
    guard !f.message.isStatic else { return .halt(.staticStateChange) }
    world.appendLog(
      Log(address: f.message.address, topics: topics, data: f.memory.read(start, size)))
    return nil
  }
}
