/// Text input for embeddings and moderations: one string or several.
///
/// Write a string or an array literal: `input: "Halo"` or `input: ["satu", "dua"]`.
public enum TextInput: Hashable, Sendable {
    /// One text.
    case single(String)
    /// Several texts; the results come back in the same order.
    case multiple([String])

    /// The texts, one or many, as an array.
    public var texts: [String] {
        switch self {
        case .single(let text): [text]
        case .multiple(let texts): texts
        }
    }
}

extension TextInput: Codable {
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
        case .single(let text): try container.encode(text)
        case .multiple(let texts): try container.encode(texts)
        }
    }
}

extension TextInput: ExpressibleByStringLiteral, ExpressibleByArrayLiteral {
    /// Creates a single text.
    public init(stringLiteral value: String) {
        self = .single(value)
    }

    /// Creates several texts.
    public init(arrayLiteral elements: String...) {
        self = .multiple(elements)
    }
}
