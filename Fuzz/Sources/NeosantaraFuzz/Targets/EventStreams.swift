import Foundation

@testable import Neosantara

extension FuzzTarget {
    /// The Responses and Messages stream paths, from bytes to the accumulated response: the server-sent events of
    /// any bytes are decoded as the stream formats decode them (the Responses fast path, which must agree with
    /// `JSONDecoder`, then `JSONDecoder`) and added to `ResponseAccumulator` or `MessageAccumulator`, which never
    /// crash, never grow past the items the events name, and always give a response and its summary.
    ///
    /// Input: a byte choosing Responses or Messages, then the stream.
    static let eventStreams = FuzzTarget(name: "EventStreams") { bytes in
        var input = FuzzInput(bytes)
        let isResponses = input.bool()
        var parser = ServerSentEventParser(maximumEventSize: 1 << 20)
        guard var events = try? parser.parse(input.rest()) else { return }
        events += parser.finish().map { [$0] } ?? []
        let decoder = JSONDecoder()
        if isResponses {
            var accumulator = ResponseAccumulator()
            for event in events where event.event != "error" && !event.data.isEmpty && !event.data.hasPrefix("[DONE]") {
                let data = Data(event.data.utf8)
                let foundation = try? decoder.decode(ResponseStreamEvent.self, from: data)
                let fast = data.withUnsafeBytes { ResponseStreamEvent.decodeCommonShape($0) }
                if let fast {
                    require(
                        fast == foundation, "\(event.data): fast \(fast), JSONDecoder \(String(describing: foundation))"
                    )
                }
                guard let decoded = fast ?? foundation, decoded.type != "error" else { continue }
                accumulator.add(decoded)
            }
            _ = accumulator.response.summary
        } else {
            var accumulator = MessageAccumulator()
            for event in events where event.event != "error" && !event.data.isEmpty {
                guard let decoded = try? decoder.decode(MessageStreamEvent.self, from: Data(event.data.utf8)) else {
                    continue
                }
                accumulator.add(decoded)
            }
            _ = accumulator.message.summary
        }
    }
}
