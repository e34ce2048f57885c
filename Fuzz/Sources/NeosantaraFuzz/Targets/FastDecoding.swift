import Foundation

@testable import Neosantara

extension FuzzTarget {
    /// The byte-level JSON readers against `JSONDecoder`: for any bytes, each fast path either gives up or
    /// returns exactly the value `JSONDecoder` decodes from the same bytes (and never a value where
    /// `JSONDecoder` throws).
    ///
    /// Input: a byte choosing the type, then the JSON text.
    static let fastDecoding = FuzzTarget(name: "FastDecoding") { bytes in
        var input = FuzzInput(bytes)
        let choice = input.number(below: 6)
        let json = input.rest()
        json.withUnsafeBytes { json in
            switch choice {
            case 0: agree(json, ChatCompletionsResponse.decodeCommonShape)
            case 1: agree(json, ChatCompletionChunk.decodeCommonShape)
            case 2: agree(json, ResponseStreamEvent.decodeCommonShape)
            case 3: agree(json, { JSONByteReader.readWhole($0, with: Usage.decodeCommonShape) })
            case 4: agree(json, { JSONByteReader.readWhole($0, with: Response.decodeCommonShape) })
            default: agree(json, { JSONByteReader.readWhole($0, with: ResponseUsage.decodeCommonShape) })
            }
        }
    }

    /// Requires `fast` to give up on `json` or agree with `JSONDecoder`.
    private static func agree<Value: Decodable & Equatable>(
        _ json: UnsafeRawBufferPointer, _ fast: (UnsafeRawBufferPointer) -> Value?
    ) {
        guard let value = fast(json) else { return }
        let text = String(decoding: json, as: UTF8.self)
        do {
            let expected = try JSONDecoder().decode(Value.self, from: Data(json))
            require(value == expected, "\(text): fast \(value), JSONDecoder \(expected)")
        } catch {
            require(false, "\(text): fast \(value), JSONDecoder threw \(error)")
        }
    }
}
