import Foundation
import NIOCore

/// The results of a batch, read line by line from its output and error files as they arrive, each decoded as
/// `Response` or turned into the error a live call would have thrown.
///
/// ```swift
/// let done = try await client.batches.wait(batch.id)
/// for try await result in client.batches.results(of: done.value, as: ChatCompletionsResponse.self) {
///     print(result.customID, result.response?.choices.first?.message.content ?? result.error?.message ?? "")
/// }
/// ```
///
/// Only the line being read is held in memory, so a results file of any size is read in constant memory.
/// Results come in file order: the output file's, then the error file's. A line that is not a batch result
/// throws a ``NeosantaraError/Kind/decoding`` error naming the file and the line, and ends the sequence.
public struct BatchResults<Response: Decodable & Sendable>: AsyncSequence, Sendable {
    /// One request's result.
    public typealias Element = BatchResult<Response>
    /// What reading a file throws.
    public typealias Failure = NeosantaraError

    /// A results file: a name for errors, and how to open its bytes.
    struct Source: Sendable {
        var name: String
        var open: @Sendable () async throws(NeosantaraError) -> Chunks
    }

    /// The bytes of a results file, a chunk at a time.
    enum Chunks {
        case stream(ByteStream.AsyncIterator)
        case file(LocalFile.Reader, path: String)

        mutating func next() async throws(NeosantaraError) -> ByteBuffer? {
            switch self {
            case .stream(var iterator):
                let chunk = try await iterator.next()
                self = .stream(iterator)
                return chunk
            case .file(let reader, let path):
                do {
                    return try reader.next()
                } catch {
                    throw NeosantaraError(
                        kind: .localFile, message: "cannot read \(path): \(error)", underlying: error)
                }
            }
        }
    }

    private let sources: [Source]

    init(sources: [Source]) {
        self.sources = sources
    }

    /// Reads the results in a local file, such as an output or error file downloaded earlier.
    ///
    /// - Parameters:
    ///   - url: The file.
    ///   - as: The type a successful response decodes as.
    public init(contentsOf url: URL, as: Response.Type = Response.self) {
        self.init(sources: [
            Source(name: url.path) { () throws(NeosantaraError) in
                let size = try LocalFile.size(of: url)
                do {
                    return .file(try LocalFile.Reader(path: url.path, size: size), path: url.path)
                } catch {
                    throw NeosantaraError(kind: .localFile, message: "cannot read \(url.path): \(error)")
                }
            }
        ])
    }

    /// Creates the iterator that reads the results.
    public func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(sources: sources)
    }

    /// Reads the results of a ``BatchResults``, opening each file when the one before it is used up.
    public struct AsyncIterator: AsyncIteratorProtocol {
        /// What reading a file throws.
        public typealias Failure = NeosantaraError

        private var remaining: [Source]
        private var current: (name: String, chunks: Chunks)?
        private var splitter = JSONLineSplitter()
        private var exhausted = false

        init(sources: [Source]) {
            remaining = sources
        }

        /// The next result, or `nil` once every file has been read.
        ///
        /// - Throws: ``NeosantaraError`` when a file cannot be opened or read, or holds a line that is not a
        ///   result; the sequence ends then.
        public mutating func next() async throws(NeosantaraError) -> BatchResult<Response>? {
            do {
                return try await read()
            } catch {
                remaining = []
                current = nil
                throw error
            }
        }

        private mutating func read() async throws(NeosantaraError) -> BatchResult<Response>? {
            while true {
                guard let open = current else {
                    guard !remaining.isEmpty else { return nil }
                    let source = remaining.removeFirst()
                    current = (source.name, try await source.open())
                    splitter = JSONLineSplitter()
                    exhausted = false
                    continue
                }
                let name = open.name
                if let line = splitter.nextLine() {
                    return try decode(line, in: name)
                }
                if exhausted {
                    current = nil
                    if let line = splitter.finish() {
                        return try decode(line, in: name)
                    }
                    continue
                }
                var chunks = open.chunks
                if let chunk = try await chunks.next() {
                    splitter.append(chunk)
                } else {
                    exhausted = true
                }
                current = (name, chunks)
            }
        }

        private func decode(_ line: [UInt8], in file: String) throws(NeosantaraError) -> BatchResult<Response> {
            try BatchResultDecoder.result(line, number: splitter.lineNumber, file: file, as: Response.self)
        }
    }
}
