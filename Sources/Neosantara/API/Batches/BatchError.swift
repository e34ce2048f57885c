/// A problem with a batch's input file, such as a malformed line, that made the batch fail.
public struct BatchError: Codable, Hashable, Sendable {
    /// A code for the kind of problem, for example `"invalid_json_line"`.
    public var code: String?
    /// What went wrong.
    public var message: String?
    /// The line of the input file the problem is on, counted from 1.
    public var line: Int?
    /// The field the problem is about, when there is one.
    public var param: String?

    /// Creates an error.
    public init(code: String? = nil, message: String? = nil, line: Int? = nil, param: String? = nil) {
        self.code = code
        self.message = message
        self.line = line
        self.param = param
    }
}
