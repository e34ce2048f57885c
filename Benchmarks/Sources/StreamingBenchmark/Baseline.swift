import AsyncHTTPClient
import Foundation
import NIOCore
import NIOFoundationCompat

/// What a hand-written client does without the SDK: AsyncHTTPClient, split lines, `JSONDecoder`.
enum Baseline {
    /// A chat completion chunk as a plain `Codable` struct.
    struct Chunk: Decodable {
        struct Choice: Decodable {
            struct Delta: Decodable {
                struct ToolCall: Decodable {
                    struct Function: Decodable {
                        var name: String?
                        var arguments: String?
                    }
                    var index: Int?
                    var id: String?
                    var type: String?
                    var function: Function?
                }
                var role: String?
                var content: String?
                var reasoning_content: String?
                var tool_calls: [ToolCall]?
                var refusal: String?
            }
            var index: Int
            var delta: Delta
            var finish_reason: String?
        }
        struct Usage: Decodable {
            var prompt_tokens: Int
            var completion_tokens: Int
            var total_tokens: Int
        }
        var id: String?
        var object: String?
        var created: Int?
        var model: String?
        var system_fingerprint: String?
        var choices: [Choice]
        var usage: Usage?
    }

    /// A chat request as a plain `Codable` struct.
    struct Request: Encodable {
        struct Message: Encodable {
            var role: String
            var content: String
        }
        var model: String
        var messages: [Message]
        var stream: Bool
    }

    static let decoder = JSONDecoder()
    static let encoder = JSONEncoder()

    /// Splits pieces into lines and decodes each `data:` line until `[DONE]`; returns the chunks decoded.
    struct LineDecoder {
        private var buffer: [UInt8] = []
        private(set) var chunks = 0
        private(set) var done = false

        mutating func add(_ piece: some Collection<UInt8>) throws {
            buffer.append(contentsOf: piece)
            var start = 0
            while let newline = buffer[start...].firstIndex(of: UInt8(ascii: "\n")) {
                let line = buffer[start..<newline]
                start = newline + 1
                guard line.starts(with: "data: ".utf8) else { continue }
                let payload = line.dropFirst(6)
                if payload.elementsEqual("[DONE]".utf8) {
                    done = true
                    continue
                }
                let chunk = try decoder.decode(Chunk.self, from: Data(payload))
                chunks += chunk.choices.isEmpty ? 0 : 1
            }
            buffer.removeFirst(start)
        }
    }

    /// The request body, encoded from a plain struct as a hand-written client would.
    static func encodeRequest() throws -> Data {
        try encoder.encode(
            Request(model: "nusantara-base", messages: [.init(role: "user", content: "Ceritakan pantun")], stream: true)
        )
    }

    /// Reads one stream from the server with AsyncHTTPClient; returns the chunks decoded.
    static func stream(client: HTTPClient, url: String) async throws -> Int {
        var request = HTTPClientRequest(url: url)
        request.method = .POST
        request.headers.add(name: "authorization", value: "Bearer nsk_benchmark")
        request.headers.add(name: "content-type", value: "application/json")
        request.headers.add(name: "accept", value: "text/event-stream")
        request.body = .bytes(ByteBuffer(data: try encodeRequest()))
        let response = try await client.execute(request, timeout: .seconds(30))
        guard response.status == .ok else { throw BenchmarkError("status \(response.status)") }
        var lines = LineDecoder()
        for try await piece in response.body {
            try lines.add(piece.readableBytesView)
        }
        guard lines.done else { throw BenchmarkError("no [DONE]") }
        return lines.chunks
    }

    /// Naive line splitting alone: the text of every `data:` line.
    static func splitLines(_ pieces: [[UInt8]]) -> Int {
        var buffer: [UInt8] = []
        var count = 0
        for piece in pieces {
            buffer.append(contentsOf: piece)
            var start = 0
            while let newline = buffer[start...].firstIndex(of: UInt8(ascii: "\n")) {
                let line = buffer[start..<newline]
                start = newline + 1
                if line.starts(with: "data: ".utf8) {
                    count += String(decoding: line.dropFirst(6), as: UTF8.self).isEmpty ? 0 : 1
                }
            }
            buffer.removeFirst(start)
        }
        return count
    }
}

struct BenchmarkError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
