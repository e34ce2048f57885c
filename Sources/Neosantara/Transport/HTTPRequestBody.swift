import Foundation
import NIOCore

/// The body of a request, read as it is sent: bytes in memory, a file on disk, a one-shot sequence of bytes,
/// or several of these one after another.
///
/// A body from memory or from a file is sent again as it is when a call is retried or redirected; a body from
/// a sequence can be read once only, so a call that has started sending it is never retried (the error says
/// so). A file is read in chunks of 64 KiB as the connection takes them: uploading a large file costs no more
/// memory than a small one.
///
/// ```swift
/// let body = try HTTPRequestBody.file(at: URL(fileURLWithPath: "tickets.jsonl"))
/// print(body.length ?? 0, body.isReplayable)   // 1048576 true
/// ```
public struct HTTPRequestBody: Sendable {
    indirect enum Storage: Sendable {
        case bytes(ByteBuffer)
        case file(path: String, size: Int64)
        case stream(OneShotByteSequence)
        case concatenation([HTTPRequestBody])
    }

    let storage: Storage
    /// Told of the bytes handed to the connection so far; only the outermost body's is called.
    var progress: (@Sendable (TransferProgress) -> Void)?

    init(_ storage: Storage) {
        self.storage = storage
    }

    /// A body of `buffer`'s readable bytes.
    public static func bytes(_ buffer: ByteBuffer) -> HTTPRequestBody {
        HTTPRequestBody(.bytes(buffer))
    }

    /// A body of `bytes`.
    public static func bytes(_ bytes: some Sequence<UInt8>) -> HTTPRequestBody {
        HTTPRequestBody(.bytes(ByteBuffer(bytes: bytes)))
    }

    /// A body read from the file at `url` as it is sent; its length is the file's size now.
    ///
    /// - Throws: A ``NeosantaraError`` of kind ``NeosantaraError/Kind/invalidRequest`` when `url` is not a
    ///   local file that can be read.
    public static func file(at url: URL) throws(NeosantaraError) -> HTTPRequestBody {
        let size = try LocalFile.size(of: url)
        return HTTPRequestBody(.file(path: url.path, size: size))
    }

    /// A body read once from `chunks`, for example bytes produced while they are sent.
    ///
    /// - Parameters:
    ///   - chunks: The bytes, in chunks of any size.
    ///   - length: The total number of bytes, when known; the body is sent with chunked encoding otherwise.
    public static func stream<Chunks: AsyncSequence & Sendable>(_ chunks: Chunks, length: Int64? = nil)
        -> HTTPRequestBody where Chunks.Element == ByteBuffer
    {
        HTTPRequestBody(.stream(OneShotByteSequence(chunks, length: length)))
    }

    /// A body read once from `chunks` of bytes.
    public static func stream<Chunks: AsyncSequence & Sendable>(_ chunks: Chunks, length: Int64? = nil)
        -> HTTPRequestBody where Chunks.Element == [UInt8]
    {
        stream(chunks.map { ByteBuffer(bytes: $0) }, length: length)
    }

    /// A body read once from `chunks` of `Data`.
    public static func stream<Chunks: AsyncSequence & Sendable>(_ chunks: Chunks, length: Int64? = nil)
        -> HTTPRequestBody where Chunks.Element == Data
    {
        stream(chunks.map { ByteBuffer(bytes: $0) }, length: length)
    }

    /// A body of `parts`, one after another.
    public static func concatenating(_ parts: [HTTPRequestBody]) -> HTTPRequestBody {
        HTTPRequestBody(.concatenation(parts))
    }

    /// The number of bytes, when known in advance: always, unless a part is a sequence of unknown length.
    public var length: Int64? {
        switch storage {
        case .bytes(let buffer): Int64(buffer.readableBytes)
        case .file(_, let size): size
        case .stream(let sequence): sequence.length
        case .concatenation(let parts):
            parts.reduce(Int64(0) as Int64?) { total, part in total.flatMap { sum in part.length.map { sum + $0 } } }
        }
    }

    /// Whether the body can be sent more than once: `false` when a part is a one-shot sequence.
    public var isReplayable: Bool {
        switch storage {
        case .bytes, .file: true
        case .stream: false
        case .concatenation(let parts): parts.allSatisfy(\.isReplayable)
        }
    }

    /// Whether a one-shot part has begun to be read, so that the body cannot be sent again.
    var hasBeenRead: Bool {
        switch storage {
        case .bytes, .file: false
        case .stream(let sequence): sequence.hasStarted
        case .concatenation(let parts): parts.contains(where: \.hasBeenRead)
        }
    }

    /// The whole body, when it is bytes in memory; `nil` for a file or a sequence.
    public var bytesInMemory: ByteBuffer? {
        guard case .bytes(let buffer) = storage else { return nil }
        return buffer
    }

    /// The body, calling `handler` with the bytes handed to the connection so far after each chunk.
    ///
    /// A body sent again, on a retry or a redirect, reports from zero again.
    public func reportingProgress(_ handler: @escaping @Sendable (TransferProgress) -> Void) -> HTTPRequestBody {
        var body = self
        body.progress = handler
        return body
    }

    /// The chunks to send, in order. A transport calls this once per request it sends.
    public func makeChunks() -> Chunks {
        Chunks(body: self)
    }
}
