/// The `input` of a Responses request: a string, or a list of typed items.
///
/// A string literal is a string input: `input: "Tulis pantun tentang kopi"`.
public enum ResponseInput: Hashable, Sendable, ExpressibleByStringLiteral {
    /// A single user message of text.
    case text(String)
    /// Messages, function call outputs, item references and reasoning items.
    case items([ResponseInputItem])

    /// Creates a string input.
    public init(stringLiteral value: String) {
        self = .text(value)
    }

    /// The items of the input; a string input is one user message.
    public var items: [ResponseInputItem] {
        switch self {
        case .text(let text): [.message(.user(text))]
        case .items(let items): items
        }
    }
}

extension ResponseInput: Codable {
    /// Decodes a string or a list of items.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let text = try? container.decode(String.self) {
            self = .text(text)
        } else {
            self = .items(try container.decode([ResponseInputItem].self))
        }
    }

    /// Encodes the string or the list.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .text(let text): try container.encode(text)
        case .items(let items): try container.encode(items)
        }
    }
}
