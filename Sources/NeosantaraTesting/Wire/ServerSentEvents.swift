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
}
