/// Where the model stops: one sequence or several.
///
/// Write a string or an array literal: `stop: "\n\n"` or `stop: ["END", "STOP"]`.
public enum StopSequences: Hashable, Sendable {
    /// One stop sequence.
    case single(String)
    /// Several stop sequences.
    case multiple([String])
}

extension StopSequences: Codable {
    /// Decodes a string or an array of strings.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let single = try? container.decode(String.self) {
            self = .single(single)
        } else {
            self = .multiple(try container.decode([String].self))
        }
    }

    /// Encodes a string or an array of strings.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .single(let value): try container.encode(value)
        case .multiple(let values): try container.encode(values)
        }
    }
}

extension StopSequences: ExpressibleByStringLiteral, ExpressibleByArrayLiteral {
    /// Creates a single stop sequence.
    public init(stringLiteral value: String) {
        self = .single(value)
    }

    /// Creates several stop sequences.
    public init(arrayLiteral elements: String...) {
        self = .multiple(elements)
    }
}
