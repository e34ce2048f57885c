import HTTPTypes
import NIOCore

extension BenchmarkHooks {
    /// The synchronous part of a chat stream's read path, as ``ChatCompletionStream`` runs it for each piece
    /// of the body: the piece's server-sent events parsed, each decoded as a ``ChatCompletionChunk`` and added
    /// to the accumulator behind ``ChatCompletionStream/currentResponse``.
    public struct ChatStreamPath {
        private let reader: EventStreamReader
        /// What the chunks read so far add up to.
        public private(set) var accumulator = ChatCompletionAccumulator()

        /// A path with nothing read yet.
        public init() {
            reader = EventStreamReader(
                body: HTTPResponseBody(bytes: []), limits: BodyTimeLimits(idleTimeout: .seconds(60)),
                response: EventStreamReader.ResponseContext(
                    status: 200, headers: HTTPFields(), requestID: "", redactor: Redactor(apiKey: nil)),
                maximumEventSize: 64 * 1024 * 1024, elementName: ChatCompletionChunkFormat.elementName)
        }

        /// Reads the next piece of the body.
        ///
        /// - Returns: How many chunks the piece completed.
        /// - Throws: The ``NeosantaraError`` the stream would throw.
        public mutating func read(_ piece: ByteBuffer) throws(NeosantaraError) -> Int {
            try reader.parse(piece)
            var chunks = 0
            while let event = reader.nextParsedEvent() {
                switch try ChatCompletionChunkFormat.decode(event, reader: reader) {
                case .element(let chunk), .lastElement(let chunk):
                    ChatCompletionChunkFormat.accumulate(chunk, into: &accumulator)
                    chunks += 1
                case .skip, .end:
                    break
                }
            }
            return chunks
        }
    }
}
