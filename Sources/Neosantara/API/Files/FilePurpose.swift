/// What an uploaded file is for. The gateway may add purposes; any string decodes.
public struct FilePurpose: OpenStringEnum {
    /// The wire spelling of the value.
    public let rawValue: String

    /// Creates a value from its wire spelling; any string is accepted.
    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// The JSONL input of a batch.
    public static let batch = Self(rawValue: "batch")
    /// The output or error file of a batch, written by the server.
    public static let batchOutput = Self(rawValue: "batch_output")
    /// Files for assistants and file search.
    public static let assistants = Self(rawValue: "assistants")
    /// Images for vision input.
    public static let vision = Self(rawValue: "vision")
    /// Files for any other use.
    public static let userData = Self(rawValue: "user_data")
}
