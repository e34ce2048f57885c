extension ResponseOutputItem {
    /// A `web_search_call` item: a search the server ran.
    public struct WebSearchCall: Codable, Hashable, Sendable {
        /// The item's id.
        public var id: String
        /// Whether the search finished.
        public var status: ResponseStatus?
        /// What the search did, such as `{"type":"search","query":…}`.
        public var action: JSONValue?

        /// Creates a web search call item.
        public init(id: String, status: ResponseStatus? = nil, action: JSONValue? = nil) {
            self.id = id
            self.status = status
            self.action = action
        }
    }

    /// A `file_search_call` item: a search of vector stores the server ran.
    public struct FileSearchCall: Codable, Hashable, Sendable {
        /// The item's id.
        public var id: String
        /// Whether the search finished.
        public var status: ResponseStatus?
        /// The queries it searched for.
        public var queries: [String]?
        /// The results, when the request included ``ResponseInclude/fileSearchResults``.
        public var results: [JSONValue]?

        /// Creates a file search call item.
        public init(id: String, status: ResponseStatus? = nil, queries: [String]? = nil, results: [JSONValue]? = nil) {
            self.id = id
            self.status = status
            self.queries = queries
            self.results = results
        }
    }

    /// An `mcp_call` item: a call of a tool on an MCP server, and its output.
    public struct MCPCall: Codable, Hashable, Sendable {
        /// The item's id.
        public var id: String
        /// The label of the MCP server.
        public var serverLabel: String
        /// The tool's name.
        public var name: String
        /// The arguments, as JSON text.
        public var arguments: String
        /// What the tool returned.
        public var output: String?
        /// The error, when the call failed.
        public var error: JSONValue?
        /// Whether the call finished.
        public var status: ResponseStatus?

        /// Creates an MCP call item.
        public init(
            id: String, serverLabel: String, name: String, arguments: String, output: String? = nil,
            error: JSONValue? = nil, status: ResponseStatus? = nil
        ) {
            self.id = id
            self.serverLabel = serverLabel
            self.name = name
            self.arguments = arguments
            self.output = output
            self.error = error
            self.status = status
        }

        enum CodingKeys: String, CodingKey {
            case id, name, arguments, output, error, status
            case serverLabel = "server_label"
        }
    }

    /// An `mcp_list_tools` item: the tools an MCP server offers.
    public struct MCPListTools: Codable, Hashable, Sendable {
        /// The item's id.
        public var id: String
        /// The label of the MCP server.
        public var serverLabel: String
        /// The tools, each with its `name`, `description` and `input_schema`.
        public var tools: [JSONValue]
        /// The error, when the server could not list them.
        public var error: JSONValue?

        /// Creates an MCP tool list item.
        public init(id: String, serverLabel: String, tools: [JSONValue], error: JSONValue? = nil) {
            self.id = id
            self.serverLabel = serverLabel
            self.tools = tools
            self.error = error
        }

        enum CodingKeys: String, CodingKey {
            case id, tools, error
            case serverLabel = "server_label"
        }
    }

    /// An `mcp_approval_request` item: answer it with an `mcp_approval_response` input item.
    public struct MCPApprovalRequest: Codable, Hashable, Sendable {
        /// The item's id, which the approval names.
        public var id: String
        /// The label of the MCP server.
        public var serverLabel: String
        /// The tool's name.
        public var name: String
        /// The arguments, as JSON text.
        public var arguments: String

        /// Creates an MCP approval request item.
        public init(id: String, serverLabel: String, name: String, arguments: String) {
            self.id = id
            self.serverLabel = serverLabel
            self.name = name
            self.arguments = arguments
        }

        enum CodingKeys: String, CodingKey {
            case id, name, arguments
            case serverLabel = "server_label"
        }
    }

    /// An `image_generation_call` item: an image the server made.
    public struct ImageGenerationCall: Codable, Hashable, Sendable {
        /// The item's id.
        public var id: String
        /// Whether the image is ready.
        public var status: ResponseStatus?
        /// The image, base64-encoded.
        public var result: String?

        /// Creates an image generation call item.
        public init(id: String, status: ResponseStatus? = nil, result: String? = nil) {
            self.id = id
            self.status = status
            self.result = result
        }
    }

    /// A `code_interpreter_call` item: code the server ran, and what it printed or drew.
    public struct CodeInterpreterCall: Codable, Hashable, Sendable {
        /// The item's id.
        public var id: String
        /// Whether the code finished.
        public var status: ResponseStatus?
        /// The code.
        public var code: String?
        /// The container it ran in.
        public var containerID: String?
        /// Its outputs, such as logs and images.
        public var outputs: [JSONValue]?

        /// Creates a code interpreter call item.
        public init(
            id: String, status: ResponseStatus? = nil, code: String? = nil, containerID: String? = nil,
            outputs: [JSONValue]? = nil
        ) {
            self.id = id
            self.status = status
            self.code = code
            self.containerID = containerID
            self.outputs = outputs
        }

        enum CodingKeys: String, CodingKey {
            case id, status, code, outputs
            case containerID = "container_id"
        }
    }
}
