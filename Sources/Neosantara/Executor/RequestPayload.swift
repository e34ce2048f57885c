import Foundation

/// What a call sends as its body.
enum RequestPayload: Sendable {
    /// No body.
    case none
    /// A value encoded as JSON, with the byte writer when it has one (``FastEncodable``).
    case json(any Encodable & Sendable)
    /// A body of the given content type, such as a multipart form streamed from a file.
    case body(HTTPRequestBody, contentType: String)

    /// A multipart form, streamed part by part.
    static func multipart(_ form: MultipartForm) -> RequestPayload {
        .body(form.body, contentType: form.contentType)
    }
}
