import Foundation

/// A response body saved to a local file.
public struct DownloadedFile: Hashable, Sendable {
    /// Where the body was saved.
    public var url: URL
    /// The number of bytes written.
    public var byteCount: Int64
    /// The response's `Content-Type`, when it had one.
    public var contentType: String?

    /// Creates a description of a saved file.
    public init(url: URL, byteCount: Int64, contentType: String?) {
        self.url = url
        self.byteCount = byteCount
        self.contentType = contentType
    }
}
