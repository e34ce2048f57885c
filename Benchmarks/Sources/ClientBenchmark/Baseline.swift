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

    /// A chat completion as a plain `Codable` struct.
    struct Completion: Decodable {
        struct Choice: Decodable {
            struct Message: Decodable {
                var role: String
                var content: String?
                var reasoning_content: String?
                var refusal: String?
                var tool_calls: [Chunk.Choice.Delta.ToolCall]?
            }
            var index: Int
            var message: Message
            var finish_reason: String?
        }
        var id: String
        var object: String
        var created: Int
        var model: String
        var system_fingerprint: String?
        var choices: [Choice]
        var usage: Chunk.Usage?
    }

    /// An embeddings response as plain `Codable` structs, vectors as numbers.
    struct FloatEmbeddings: Decodable {
        struct Item: Decodable {
            var object: String
            var index: Int
            var embedding: [Float]
        }
        var object: String
        var data: [Item]
        var model: String
    }

    /// An embeddings response as plain `Codable` structs, vectors as base64 turned into floats with
    /// Foundation.
    struct Base64Embeddings: Decodable {
        struct Item: Decodable {
            var object: String
            var index: Int
            var embedding: [Float]

            enum CodingKeys: String, CodingKey { case object, index, embedding }

            init(from decoder: any Decoder) throws {
                let container = try decoder.container(keyedBy: CodingKeys.self)
                object = try container.decode(String.self, forKey: .object)
                index = try container.decode(Int.self, forKey: .index)
                let data = Data(base64Encoded: try container.decode(String.self, forKey: .embedding)) ?? Data()
                embedding = data.withUnsafeBytes { Array($0.bindMemory(to: Float.self)) }
            }
        }
        var object: String
        var data: [Item]
        var model: String
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
    static func encodeRequest(stream: Bool) throws -> Data {
        try encoder.encode(
            Request(
                model: "nusantara-base", messages: [.init(role: "user", content: "Apa ibu kota Indonesia?")],
                stream: stream))
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
