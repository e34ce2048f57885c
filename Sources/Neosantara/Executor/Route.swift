import Foundation
import HTTPTypes

/// An operation's method, path below the base URL, and query, with the names its logs, metrics and spans use.
struct Route: Sendable {
    var method: HTTPRequest.Method
    var path: String
    /// The operation's name in logs, metrics and spans, after the OpenTelemetry GenAI conventions where they
    /// name it: `chat`, `embeddings`; else the SDK's own, such as `moderations`.
    var operation: String
    /// The model the request asks for, when it names one.
    var model: String? = nil
    /// The query items, encoded by ``pathAndQuery``.
    var query: [(name: String, value: String)] = []
    /// The `Accept` header: JSON unless the operation answers with a stream or a file.
    var accept = "application/json"
    /// An absolute URL to fetch instead of ``path`` below the base URL, such as a generated image's. A URL of
    /// another origin gets only the SDK's harmless headers, never the key, as a redirect there would.
    var absoluteURL: URL? = nil

    /// A path segment with every character outside the unreserved set percent-encoded, `/` included.
    static func segment(_ text: String) -> String {
        let unreserved = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~".utf8)
        var encoded = ""
        for byte in text.utf8 {
            if unreserved.contains(byte) {
                encoded.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                encoded += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return encoded
    }

    /// The path and query to append to the base URL's path.
    var pathAndQuery: String {
        guard !query.isEmpty else { return path }
        return path + "?" + query.map { "\(Self.segment($0.name))=\(Self.segment($0.value))" }.joined(separator: "&")
    }
}

extension String {
    /// The string with leading zeros up to `width` characters.
    fileprivate func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
