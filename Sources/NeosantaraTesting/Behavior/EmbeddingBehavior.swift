import Foundation
import Neosantara

/// The default answer to `POST /v1/embeddings`: deterministic unit vectors derived from each text.
///
/// A text's vector comes from a SplitMix64 sequence seeded with the 64-bit FNV-1a hash of its UTF-8 bytes,
/// scaled to length 1: the same text always gets the same vector, on every platform, and different texts
/// get different ones. Usage counts the words of the inputs as prompt tokens.
struct EmbeddingBehavior {
    let request: EmbeddingsRequest
    let defaultDimensions: Int
    let context: ReplyContext

    /// The reply, with vectors as numbers or, for `encoding_format: "base64"`, as base64 of little-endian
    /// 32-bit floats.
    func reply() -> Reply {
        let response = self.response()
        guard request.encodingFormat == .base64 else { return context.json(response) }
        return context.json(Base64Response(response))
    }

    func response() -> EmbeddingsResponse {
        let dimensions = request.dimensions ?? defaultDimensions
        let texts = request.input.texts
        let data = texts.enumerated().map { index, text in
            Embedding(index: index, embedding: Self.vector(for: text, dimensions: dimensions))
        }
        let tokens = texts.reduce(0) { $0 + WordPieces.count($1) }
        return EmbeddingsResponse(
            data: data, model: request.model,
            usage: Usage(promptTokens: tokens, completionTokens: 0, totalTokens: tokens), metadata: context.metadata)
    }

    /// The vector of `text`.
    static func vector(for text: String, dimensions: Int) -> [Float] {
        var state = text.utf8.reduce(UInt64(0xcbf2_9ce4_8422_2325)) { hash, byte in
            (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        let values = (0..<dimensions).map { _ -> Double in
            state &+= 0x9e37_79b9_7f4a_7c15
            var mixed = state
            mixed = (mixed ^ (mixed >> 30)) &* 0xbf58_476d_1ce4_e5b9
            mixed = (mixed ^ (mixed >> 27)) &* 0x94d0_49bb_1331_11eb
            mixed ^= mixed >> 31
            return Double(mixed >> 11) / Double(1 << 53) * 2 - 1
        }
        let length = values.reduce(0) { $0 + $1 * $1 }.squareRoot()
        return values.map { Float(length > 0 ? $0 / length : 0) }
    }

    /// An embeddings response whose vectors are written as base64.
    private struct Base64Response: Encodable {
        var object: String?
        var data: [Item]
        var model: String?
        var usage: Usage?
        var metadata: Metadata?

        struct Item: Encodable {
            var object: String?
            var index: Int
            var embedding: String
        }

        init(_ response: EmbeddingsResponse) {
            object = response.object
            model = response.model
            usage = response.usage
            metadata = response.metadata
            data = response.data.map { item in
                var bytes: [UInt8] = []
                bytes.reserveCapacity(item.embedding.count * 4)
                for value in item.embedding {
                    withUnsafeBytes(of: value.bitPattern.littleEndian) { bytes.append(contentsOf: $0) }
                }
                return Item(object: item.object, index: item.index, embedding: Data(bytes).base64EncodedString())
            }
        }

        enum CodingKeys: String, CodingKey {
            case object, data, model, usage
            case metadata = "_metadata"
        }
    }
}
