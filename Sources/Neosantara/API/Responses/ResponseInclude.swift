/// Extra output a request asks the server to include in the response, such as encrypted reasoning.
public struct ResponseInclude: OpenStringEnum {
    /// The wire spelling of the value.
    public let rawValue: String

    /// Creates a value from its wire spelling; any string is accepted.
    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// The encrypted reasoning of reasoning items, to send back when `store` is false.
    public static let reasoningEncryptedContent = Self(rawValue: "reasoning.encrypted_content")
    /// The search results of file search calls.
    public static let fileSearchResults = Self(rawValue: "file_search_call.results")
    /// The sources of web search calls.
    public static let webSearchSources = Self(rawValue: "web_search_call.action.sources")
    /// The outputs of code interpreter calls.
    public static let codeInterpreterOutputs = Self(rawValue: "code_interpreter_call.outputs")
    /// The image URLs of input messages.
    public static let inputImageURLs = Self(rawValue: "message.input_image.image_url")
    /// The log probabilities of output text.
    public static let outputTextLogprobs = Self(rawValue: "message.output_text.logprobs")
}
