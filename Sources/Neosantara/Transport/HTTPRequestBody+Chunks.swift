import NIOCore

extension HTTPRequestBody {
    /// The chunks of a ``HTTPRequestBody``, in the order they are sent.
    ///
    /// Bytes in memory come as one chunk, a file in chunks of 64 KiB read as they are asked for, and a sequence
    /// as it produces them.
    public struct Chunks: AsyncSequence, Sendable {
        /// A chunk of bytes.
        public typealias Element = ByteBuffer

        let body: HTTPRequestBody

        /// Creates the iterator that reads the chunks.
        public func makeAsyncIterator() -> AsyncIterator {
            AsyncIterator(body: body)
        }

        /// Reads the chunks of a body.
        public struct AsyncIterator: AsyncIteratorProtocol {
            /// The parts still to send, the next last.
            private var pending: [HTTPRequestBody]
            /// The part being read, when it is a file or a sequence.
            private var current: Source?
            private let progress: (@Sendable (TransferProgress) -> Void)?
            private let total: Int64?
            private var sent: Int64 = 0

            private enum Source {
                case file(LocalFile.Reader)
                case stream(AnyChunkIterator)
            }

            init(body: HTTPRequestBody) {
                pending = [body]
                progress = body.progress
                total = body.progress == nil ? nil : body.length
            }

            /// The next chunk, or `nil` after the last.
            ///
            /// - Throws: An error reading the file or the sequence.
            public mutating func next() async throws -> ByteBuffer? {
                while true {
                    if let chunk = try await nextFromCurrent() {
                        sent += Int64(chunk.readableBytes)
                        progress?(TransferProgress(completedBytes: sent, totalBytes: total))
                        return chunk
                    }
                    guard let part = pending.popLast() else { return nil }
                    switch part.storage {
                    case .bytes(let buffer) where buffer.readableBytes > 0:
                        sent += Int64(buffer.readableBytes)
                        progress?(TransferProgress(completedBytes: sent, totalBytes: total))
                        return buffer
                    case .bytes:
                        continue
                    case .file(let path, let size):
                        current = .file(try LocalFile.Reader(path: path, size: size))
                    case .stream(let sequence):
                        current = .stream(try sequence.start())
                    case .concatenation(let parts):
                        pending.append(contentsOf: parts.reversed())
                    }
                }
            }

            /// The next chunk of the part being read, or `nil` when it has ended or there is none.
            private mutating func nextFromCurrent() async throws -> ByteBuffer? {
                switch current {
                case .file(let reader):
                    if let chunk = try reader.next() { return chunk }
                case .stream(let reader):
                    if let chunk = try await reader.next() { return chunk }
                case nil:
                    return nil
                }
                current = nil
                return nil
            }
        }
    }
}
