/// The `{"error": …}` object the API sends with an error status, or in the middle of a stream.
///
/// Only ``message`` is sure to be there. ``type`` and ``code`` decode any value a provider sends.
public struct APIError: Codable, Hashable, Sendable {
    /// What went wrong, in the server's words.
    public var message: String
    /// The error's category, for example `invalid_request_error` or `rate_limit_error`.
    public var type: ErrorType?
    /// A machine-readable code, for example `context_length_exceeded` or `itpm_exceeded`.
    public var code: Code?
    /// The request field the error is about.
    public var param: String?
    /// More information, as the server sent it; on a 429 it holds ``RateLimitDetails``.
    public var details: JSONValue?

    /// Creates an API error.
    public init(
        message: String, type: ErrorType? = nil, code: Code? = nil, param: String? = nil, details: JSONValue? = nil
    ) {
        self.message = message
        self.type = type
        self.code = code
        self.param = param
        self.details = details
    }

    enum CodingKeys: String, CodingKey {
        case message, type, code, param, details
    }

    /// Decodes an error leniently: a missing message reads as empty, and a numeric code as its digits.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        message = (try? container.decodeIfPresent(String.self, forKey: .message)) ?? ""
        type = try? container.decodeIfPresent(ErrorType.self, forKey: .type)
        if let code = try? container.decodeIfPresent(JSONValue.self, forKey: .code), code != .null {
            self.code = Code(rawValue: code.stringValue ?? code.description)
        }
        param = try? container.decodeIfPresent(String.self, forKey: .param)
        details = try? container.decodeIfPresent(JSONValue.self, forKey: .details)
    }

    /// The rate-limit figures in ``details``, when it has them.
    public var rateLimit: RateLimitDetails? {
        guard let details, details.objectValue != nil else { return nil }
        return RateLimitDetails(details)
    }

    /// The category of an API error; any value decodes.
    public struct ErrorType: OpenStringEnum {
        /// The wire spelling.
        public let rawValue: String

        /// Creates a type from its wire spelling.
        public init(rawValue: String) {
            self.rawValue = rawValue
        }

        /// The request is malformed or not allowed.
        public static let invalidRequest = Self(rawValue: "invalid_request_error")
        /// The key is missing or wrong.
        public static let authentication = Self(rawValue: "auth_error")
        /// Too many requests or tokens.
        public static let rateLimit = Self(rawValue: "rate_limit_error")
        /// The server failed.
        public static let server = Self(rawValue: "server_error")
    }

    /// A machine-readable error code; any value decodes.
    public struct Code: OpenStringEnum {
        /// The wire spelling.
        public let rawValue: String

        /// Creates a code from its wire spelling.
        public init(rawValue: String) {
            self.rawValue = rawValue
        }

        /// The prompt is longer than the model's context.
        public static let contextLengthExceeded = Self(rawValue: "context_length_exceeded")
        /// No API key was sent.
        public static let missingAPIKey = Self(rawValue: "missing_api_key")
        /// The API key is not valid.
        public static let invalidAPIKey = Self(rawValue: "invalid_api_key")
        /// Too many requests per minute.
        public static let rpmExceeded = Self(rawValue: "rpm_exceeded")
        /// Too many tokens per minute.
        public static let tpmExceeded = Self(rawValue: "tpm_exceeded")
        /// Too many input tokens per minute.
        public static let itpmExceeded = Self(rawValue: "itpm_exceeded")
        /// A required field is missing.
        public static let missingParameter = Self(rawValue: "missing_parameter")
        /// A field has a value the API does not accept.
        public static let invalidParameter = Self(rawValue: "invalid_parameter")
    }
}
