import Neosantara

/// Framing of server-sent events exactly as the gateway writes them: `data: <payload>\n\n`.
enum ServerSentEvents {
    /// The event that ends every stream.
    static let done = frame("[DONE]")

    /// One event carrying `payload` as its data.
    static func frame(_ payload: String) -> [UInt8] {
        Array("data: \(payload)\n\n".utf8)
    }

    /// One event carrying `chunk` as JSON.
    static func frame(_ chunk: ChatCompletionChunk) throws -> [UInt8] {
        Array("data: ".utf8) + (try WireJSON.encode(chunk)) + Array("\n\n".utf8)
    }

    /// One named event carrying `value` as JSON, as the Anthropic-compatible API writes its events:
    /// `event: <name>` then `data: <json>`.
    static func frame(event name: String, _ value: some Encodable) throws -> [UInt8] {
        Array("event: \(name)\ndata: ".utf8) + (try WireJSON.encode(value)) + Array("\n\n".utf8)
    }
}
