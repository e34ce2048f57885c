import Foundation
import MultipartKit
import NIOCore

/// The parts of a `multipart/form-data` request body, read with MultipartKit's parser: an independent reading
/// of what the SDK's own writer sends.
struct MultipartUpload {
    /// One part of the form.
    struct Part {
        var name: String
        var filename: String?
        var contentType: String?
        var body: [UInt8]
    }

    /// The parts, in order.
    let parts: [Part]

    /// Reads `body`, sent with `contentType`.
    ///
    /// - Throws: A 400 ``Rejection`` when the body is not multipart, lacks its boundary, or does not parse.
    init(_ body: Data, contentType: String?) throws(Rejection) {
        guard let contentType, contentType.lowercased().hasPrefix("multipart/form-data"),
            let boundary = Self.parameter("boundary", in: contentType), !boundary.isEmpty
        else {
            throw Rejection(
                APIErrorReply.invalidFormat("The request must be multipart/form-data with a boundary."))
        }
        var parts: [Part] = []
        var headers: [String: String] = [:]
        var current: [UInt8] = []
        let parser = MultipartParser(boundary: boundary)
        parser.onHeader = { name, value in headers[name.lowercased()] = value }
        parser.onBody = { buffer in current += buffer.readableBytesView }
        parser.onPartComplete = {
            let disposition = headers["content-disposition"] ?? ""
            parts.append(
                Part(
                    name: Self.parameter("name", in: disposition) ?? "",
                    filename: Self.parameter("filename", in: disposition), contentType: headers["content-type"],
                    body: current))
            headers = [:]
            current = []
        }
        do {
            try parser.execute(Array(body))
        } catch {
            throw Rejection(APIErrorReply.invalidFormat("The multipart body does not parse: \(error)."))
        }
        self.parts = parts
    }

    /// The first part named `name`.
    func part(_ name: String) -> Part? {
        parts.first { $0.name == name }
    }

    /// The value of parameter `name` in a header such as `form-data; name="file"; filename="a.jsonl"`,
    /// unquoted, with the `%22`, `%0D` and `%0A` a browser writes for `"`, CR and LF decoded.
    static func parameter(_ name: String, in header: String) -> String? {
        for item in header.split(separator: ";").dropFirst() {
            let pair = item.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, pair[0].trimmingCharacters(in: .whitespaces).lowercased() == name else { continue }
            var value = pair[1].trimmingCharacters(in: .whitespaces)
            if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 {
                value = String(value.dropFirst().dropLast())
            }
            return value.replacingOccurrences(of: "%22", with: "\"").replacingOccurrences(of: "%0D", with: "\r")
                .replacingOccurrences(of: "%0A", with: "\n")
        }
        return nil
    }
}
