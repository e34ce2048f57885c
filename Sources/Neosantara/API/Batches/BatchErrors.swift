/// The problems that made a batch fail, as `errors` lists them: `{"object": "list", "data": [...]}`.
public struct BatchErrors: Codable, Hashable, Sendable {
    /// The object type, `"list"`.
    public var object: String?
    /// The problems, in the order of the input file.
    public var data: [BatchError]

    /// Creates a list of problems.
    public init(object: String? = "list", data: [BatchError]) {
        self.object = object
        self.data = data
    }

    /// Decodes the list; a missing `data` is an empty list.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        object = try container.decodeIfPresent(String.self, forKey: .object)
        data = try container.decodeIfPresent([BatchError].self, forKey: .data) ?? []
    }
}
