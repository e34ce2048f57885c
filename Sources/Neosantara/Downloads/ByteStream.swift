import Foundation
import HTTPTypes
import NIOConcurrencyHelpers
import NIOCore
import NIOFoundationCompat

/// The raw bytes of a response, read as they arrive: a file's content, a generated video.
///
/// ```swift
/// let content = try await client.files.content("file-abc123")
/// for try await chunk in content {
///     consume(chunk.readableBytesView)
/// }
/// ```
///
/// Only the idle timeout applies while the body is read, and no size limit: a download may be as large and
/// take as long as it keeps arriving. Save it with ``write(to:onProgress:)``, which holds no more than a chunk
/// in memory, or read it whole with ``collect(upTo:)``. A stream is read once; releasing it and its iterators
/// before the end, or cancelling the task that reads it, closes the connection.
///
/// On Linux and on macOS 15, iOS 18 and later, `for try await` throws ``NeosantaraError`` itself; with an
/// earlier deployment target it throws `any Error`, which is always a ``NeosantaraError``.
public struct ByteStream: AsyncSequence, Sendable {
    /// A chunk of bytes.
    public typealias Element = ByteBuffer
    /// The error reading the stream throws.
    public typealias Failure = NeosantaraError

    /// The HTTP status of the response.
    public let status: Int
    /// The response headers.
    public let headers: HTTPFields
    /// The request id: the server's `x-request-id` when it sent one, else the one the SDK sent.
    public let requestID: String

    private let reader: Reader

    /// Reads `response`'s body; `operation`, when given, is ended with the stream.
    init(_ response: RequestExecutor.OpenResponse, redactor: Redactor, endingOperation: Bool) {
        status = response.head.status.code
        headers = response.head.headerFields
        requestID = response.requestID
        reader = Reader(response, redactor: redactor, operation: endingOperation ? response.operation : nil)
    }

    /// The `Content-Length` the server announced, when it did.
    public var expectedLength: Int64? {
        headers[.contentLength].flatMap { Int64($0) }
    }

    /// The `Content-Type` of the bytes, when the server said.
    public var contentType: String? {
        headers[.contentType]
    }

    /// Creates the iterator that reads the chunks.
    public func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(reader: reader)
    }

    /// Writes the rest of the bytes to `url`, replacing any file there once the whole body has arrived.
    ///
    /// The bytes go to a temporary file beside `url` first, so a download that fails leaves no partial file
    /// and an existing file untouched.
    ///
    /// - Parameters:
    ///   - url: Where to save the bytes; its folder must exist.
    ///   - onProgress: Told of the bytes saved so far after each chunk, with the total when the server sent a
    ///     `Content-Length`.
    /// - Returns: The file saved.
    /// - Throws: ``NeosantaraError``: a broken connection, a timeout, or a file that cannot be written.
    public func write(to url: URL, onProgress: (@Sendable (TransferProgress) -> Void)? = nil)
        async throws(NeosantaraError) -> DownloadedFile
    {
        let writer = try LocalFile.Writer(destination: url)
        var iterator = makeAsyncIterator()
        do {
            while let chunk = try await iterator.next() {
                try writer.write(chunk)
                onProgress?(TransferProgress(completedBytes: writer.byteCount, totalBytes: expectedLength))
            }
            try writer.commit()
        } catch let error as NeosantaraError {
            writer.discard()
            throw error
        } catch {
            writer.discard()
            throw NeosantaraError(
                kind: .localFile, message: "cannot write the download to \(url.path): \(error)",
                requestID: requestID, underlying: error)
        }
        return DownloadedFile(url: url, byteCount: writer.byteCount, contentType: contentType)
    }

    /// Reads the rest of the bytes into memory.
    ///
    /// - Parameter limit: The most bytes to read.
    /// - Throws: ``NeosantaraError``, of kind ``NeosantaraError/Kind/responseTooLarge`` past `limit`.
    public func collect(upTo limit: Int) async throws(NeosantaraError) -> Data {
        var collected = ByteBuffer()
        var iterator = makeAsyncIterator()
        while var chunk = try await iterator.next() {
            guard collected.readableBytes + chunk.readableBytes <= limit else {
                throw NeosantaraError(
                    kind: .responseTooLarge, message: "the body is larger than \(limit) bytes", status: status,
                    headers: headers, requestID: requestID)
            }
            collected.writeBuffer(&chunk)
        }
        return Data(buffer: collected)
    }

    /// Reads the chunks of a ``ByteStream``.
    public struct AsyncIterator: AsyncIteratorProtocol {
        /// The error reading the stream throws.
        public typealias Failure = NeosantaraError

        let reader: Reader

        /// The next chunk, or `nil` at the end of the body.
        ///
        /// - Throws: ``NeosantaraError`` when the connection breaks, a timeout passes or the task is cancelled.
        public mutating func next() async throws(NeosantaraError) -> ByteBuffer? {
            try await reader.next()
        }
    }
}
