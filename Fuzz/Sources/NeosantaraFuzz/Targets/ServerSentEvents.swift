@testable import Neosantara

extension FuzzTarget {
    /// `ServerSentEventParser` on arbitrary bytes cut into arbitrary pieces: it never crashes, never returns an
    /// event larger than its limit, and returns the same events (or the same error) however the bytes are cut.
    ///
    /// Input: a limit choice, a piece count, the cut points, then the stream.
    static let serverSentEvents = FuzzTarget(name: "ServerSentEvents") { bytes in
        var input = FuzzInput(bytes)
        let limit = input.pick([16, 64, 1024, 64 * 1024 * 1024])
        let cuts = (0..<input.number(below: 8)).map { _ in Int(input.byte()) }
        let stream = input.rest()
        var pieces: [ArraySlice<UInt8>] = []
        var start = 0
        for cut in cuts {
            let end = min(stream.count, start + cut)
            pieces.append(stream[start..<end])
            start = end
        }
        pieces.append(stream[start...])
        let whole = parse([stream[...]], limit: limit)
        let split = parse(pieces, limit: limit)
        require(
            whole == split,
            "\(pieces.map(Array.init)): whole \(String(describing: whole)), split \(String(describing: split))")
    }

    /// The events a parser with `limit` returns for `pieces` and `finish()`, or `nil` once it throws.
    private static func parse(_ pieces: [ArraySlice<UInt8>], limit: Int) -> [ServerSentEvent]? {
        var parser = ServerSentEventParser(maximumEventSize: limit)
        var events: [ServerSentEvent] = []
        for piece in pieces {
            guard let more = try? parser.parse(piece) else { return nil }
            events += more
        }
        events += parser.finish().map { [$0] } ?? []
        for event in events {
            require(event.data.utf8.count <= limit, "an event of \(event.data.utf8.count) bytes, limit \(limit)")
        }
        return events
    }
}
