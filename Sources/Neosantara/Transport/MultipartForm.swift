import Foundation
import NIOCore

/// A `multipart/form-data` body of text fields and files, streamed part by part: a file part is read from its
/// source as the connection takes it, never loaded whole.
///
/// ```swift
/// var form = MultipartForm()
/// form.append("purpose", "batch")
/// form.append("file", filename: "tickets.jsonl", contentType: "application/jsonl", body: try .file(at: url))
/// let payload = RequestPayload.multipart(form)
/// ```
struct MultipartForm: Sendable {
    /// The line that separates the parts, without its leading dashes.
    let boundary: String
    /// The parts' framing and contents, in order.
    private var pieces: [HTTPRequestBody] = []

    /// Creates an empty form with a random boundary, or with `boundary`.
    init(boundary: String = MultipartForm.randomBoundary()) {
        self.boundary = boundary
    }

    /// The `Content-Type` header of the body.
    var contentType: String { "multipart/form-data; boundary=\(boundary)" }

    /// The whole body: every part, then the closing boundary.
    var body: HTTPRequestBody {
        .concatenating(pieces + [.bytes(Array("--\(boundary)--\r\n".utf8))])
    }

    /// Appends a text field.
    mutating func append(_ name: String, _ value: String) {
        appendPart(
            headers: "Content-Disposition: form-data; name=\"\(Self.escaped(name))\"\r\n",
            body: .bytes(Array(value.utf8)))
    }

    /// Appends a file.
    mutating func append(_ name: String, filename: String, contentType: String, body: HTTPRequestBody) {
        appendPart(
            headers: "Content-Disposition: form-data; name=\"\(Self.escaped(name))\"; "
                + "filename=\"\(Self.escaped(filename))\"\r\nContent-Type: \(Self.escaped(contentType))\r\n",
            body: body)
    }

    private mutating func appendPart(headers: String, body: HTTPRequestBody) {
        pieces.append(.bytes(Array("--\(boundary)\r\n\(headers)\r\n".utf8)))
        pieces.append(body)
        pieces.append(.bytes([UInt8(ascii: "\r"), UInt8(ascii: "\n")]))
    }

    /// A name or file name as the HTML standard writes it inside quotes: `"`, CR and LF percent-encoded.
    ///
    /// The text is read by Unicode scalar, not by `Character`: a quote followed by a combining mark is one
    /// `Character`, which a comparison with `"` would miss, leaving the quote to end the header's value.
    static func escaped(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "%22"
            case "\r": result += "%0D"
            case "\n": result += "%0A"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// A boundary no part's content is likely to hold: a fixed prefix and 128 random bits.
    static func randomBoundary() -> String {
        String(format: "neosantara-%016llx%016llx", UInt64.random(in: .min ... .max), UInt64.random(in: .min ... .max))
    }
}
