import Foundation

/// The recorded stream the benchmarks replay, and a long stream made from it.
enum RecordedStream {
    /// `Fixtures/stream-20.sse`: 20 chunks and `data: [DONE]`.
    static func twentyChunks() throws -> [UInt8] {
        let fixture = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/stream-20.sse")
        return Array(try Data(contentsOf: fixture))
    }

    /// The events of `stream`, each with its blank line.
    static func events(_ stream: [UInt8]) -> [[UInt8]] {
        let text = String(decoding: stream, as: UTF8.self)
        return text.components(separatedBy: "\n\n").filter { !$0.isEmpty }.map { Array(($0 + "\n\n").utf8) }
    }

    /// A stream of `count` events: the recorded content events repeated, then the last chunk and `[DONE]`.
    static func long(events count: Int, from stream: [UInt8]) -> [UInt8] {
        let recorded = events(stream)
        let content = recorded[1..<(recorded.count - 2)]
        var result = recorded[0]
        var index = content.startIndex
        for _ in 0..<(count - 3) {
            result += content[index]
            index = index + 1 == content.endIndex ? content.startIndex : index + 1
        }
        return result + recorded[recorded.count - 2] + recorded[recorded.count - 1]
    }

    /// `bytes` in pieces of `size`.
    static func pieces(_ bytes: [UInt8], size: Int) -> [[UInt8]] {
        stride(from: 0, to: bytes.count, by: size).map { Array(bytes[$0..<min($0 + size, bytes.count)]) }
    }
}
