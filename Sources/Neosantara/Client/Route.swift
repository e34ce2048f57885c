import HTTPTypes

/// An operation's method, path below the base URL, and query.
struct Route: Sendable {
    var method: HTTPRequest.Method
    var path: String
    var query: [(name: String, value: String)] = []

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
