import Foundation

/// One embedding vector in an ``EmbeddingsResponse``.
///
/// The server may send the vector as a JSON array of numbers or, with
/// ``EmbeddingEncodingFormat/base64``, as base64 of little-endian 32-bit floats. Either way the
/// vector arrives here as `[Float]`; encoding writes it back as an array of numbers.
public struct Embedding: Codable, Hashable, Sendable {
    /// The object type, `"embedding"`.
    public var object: String?
    /// The position of the input this vector belongs to.
    public var index: Int
    /// The vector.
    public var embedding: [Float]

    /// Creates an embedding.
    public init(object: String? = "embedding", index: Int, embedding: [Float]) {
        self.object = object
        self.index = index
        self.embedding = embedding
    }

    enum CodingKeys: String, CodingKey {
        case object, index, embedding
    }

    /// Decodes an embedding sent as numbers or as base64.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        object = try container.decodeIfPresent(String.self, forKey: .object)
        index = try container.decodeIfPresent(Int.self, forKey: .index) ?? 0
        if let base64 = try? container.decode(String.self, forKey: .embedding) {
            guard let vector = Self.decodeBase64(base64) else {
                throw DecodingError.dataCorruptedError(
                    forKey: .embedding,
                    in: container,
                    debugDescription: "The embedding is not base64 of 32-bit floats (\(base64.utf8.count) characters)."
                )
            }
            embedding = vector
        } else {
            embedding = try container.decode([Float].self, forKey: .embedding)
        }
    }

    /// Decodes base64 of little-endian 32-bit floats, or returns `nil` when the text is not that.
    static func decodeBase64(_ text: String) -> [Float]? {
        guard let data = Data(base64Encoded: text), data.count % MemoryLayout<Float>.size == 0 else { return nil }
        let count = data.count / MemoryLayout<Float>.size
        return [Float](unsafeUninitializedCapacity: count) { buffer, initialized in
            data.withUnsafeBytes { raw in
                for position in 0..<count {
                    let bits = raw.loadUnaligned(fromByteOffset: position * 4, as: UInt32.self)
                    buffer[position] = Float(bitPattern: UInt32(littleEndian: bits))
                }
            }
            initialized = count
        }
    }
}
