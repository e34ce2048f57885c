/// A note on a span of output text, such as the web page or file it cites.
public enum ResponseAnnotation: Hashable, Sendable {
    /// `url_citation`: a web page the text cites.
    case urlCitation(url: String, title: String?, startIndex: Int?, endIndex: Int?)
    /// `file_citation`: a file the text cites.
    case fileCitation(fileID: String, filename: String?, index: Int?)
    /// Any other annotation, as its JSON (a plain string included).
    case other(JSONValue)
}

extension ResponseAnnotation: Codable {
    /// Decodes an annotation by its `type`; anything else is kept as ``other(_:)``.
    public init(from decoder: any Decoder) throws {
        let json = try JSONValue(from: decoder)
        switch json["type"]?.stringValue {
        case "url_citation" where json["url"]?.stringValue != nil:
            self = .urlCitation(
                url: json["url"]?.stringValue ?? "", title: json["title"]?.stringValue,
                startIndex: json["start_index"]?.intValue, endIndex: json["end_index"]?.intValue)
        case "file_citation" where json["file_id"]?.stringValue != nil:
            self = .fileCitation(
                fileID: json["file_id"]?.stringValue ?? "", filename: json["filename"]?.stringValue,
                index: json["index"]?.intValue)
        default:
            self = .other(json)
        }
    }

    /// Encodes the annotation with its `type`.
    public func encode(to encoder: any Encoder) throws {
        var json: [String: JSONValue]
        switch self {
        case .urlCitation(let url, let title, let startIndex, let endIndex):
            json = ["type": "url_citation", "url": .string(url)]
            json["title"] = title.map(JSONValue.string)
            json["start_index"] = startIndex.map(JSONValue.int)
            json["end_index"] = endIndex.map(JSONValue.int)
        case .fileCitation(let fileID, let filename, let index):
            json = ["type": "file_citation", "file_id": .string(fileID)]
            json["filename"] = filename.map(JSONValue.string)
            json["index"] = index.map(JSONValue.int)
        case .other(let value):
            return try value.encode(to: encoder)
        }
        try JSONValue.object(json).encode(to: encoder)
    }
}
