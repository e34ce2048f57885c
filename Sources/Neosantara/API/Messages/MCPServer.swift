/// A remote MCP server whose tools the model may use (`mcp_servers`).
///
/// The ``authorizationToken`` is a secret: the SDK's logs and errors never show it.
public struct MCPServer: Codable, Hashable, Sendable {
    /// How the server is reached; `url` is the one the API documents.
    public var type: String
    /// The server's URL.
    public var url: String
    /// A name for the server, not empty, which its tool calls carry.
    public var name: String
    /// The OAuth token the server expects, when it needs one.
    public var authorizationToken: String?
    /// Only these of the server's tools, when set.
    public var allowedTools: [String]?

    /// Creates an MCP server entry.
    public init(
        url: String, name: String, authorizationToken: String? = nil, allowedTools: [String]? = nil,
        type: String = "url"
    ) {
        self.type = type
        self.url = url
        self.name = name
        self.authorizationToken = authorizationToken
        self.allowedTools = allowedTools
    }

    enum CodingKeys: String, CodingKey {
        case type, url, name
        case authorizationToken = "authorization_token"
        case allowedTools = "allowed_tools"
    }

    /// Decodes an entry; a missing `type` reads as `url`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        type = try container.decodeIfPresent(String.self, forKey: .type) ?? "url"
        url = try container.decode(String.self, forKey: .url)
        name = try container.decode(String.self, forKey: .name)
        authorizationToken = try container.decodeIfPresent(String.self, forKey: .authorizationToken)
        allowedTools = try container.decodeIfPresent([String].self, forKey: .allowedTools)
    }
}

extension MCPServer: CustomStringConvertible {
    /// The server's name and URL; never the token.
    public var description: String {
        "MCPServer(name: \(name), url: \(url)\(authorizationToken == nil ? "" : ", authorizationToken: redacted"))"
    }
}
