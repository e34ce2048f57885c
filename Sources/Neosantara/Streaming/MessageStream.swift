import HTTPTypes

/// A streamed Messages API answer: typed events as the server sends them.
///
/// ```swift
/// let stream = try await client.anthropic.messages.stream(
///     model: "claude-sonnet-4-6", maxTokens: 1024, messages: [.user("Ceritakan pantun")])
/// for try await event in stream {
///     print(event.textDelta ?? "", terminator: "")
/// }
/// let message = try await stream.finalMessage()   // the whole message, as `create` returns it
/// ```
///
/// The stream ends at the server's `message_stop`, which is yielded too; a body that ends without it throws
/// ``NeosantaraError/Kind/incompleteStream``, so a cut-short answer never passes as a whole one. An `error`
/// event throws ``NeosantaraError/Kind/streamError`` with the server's ``APIError``, a broken connection
/// ``NeosantaraError/Kind/connection``, and a `data:` line that is not an event ``NeosantaraError/Kind/decoding``.
///
/// A stream is read once. Cancelling the task that reads it, or leaving the `for` loop early, closes the
/// connection at once; what arrived until then stays in ``currentMessage``. An iterator reads the stream until
/// it is released: keep using the one you made until the stream ends.
public struct MessageStream: AsyncSequence, Sendable {
    /// An event of the answer.
    public typealias Element = MessageStreamEvent
    /// The error reading the stream throws.
    public typealias Failure = NeosantaraError

    /// The HTTP status of the response.
    public let status: Int
    /// The response headers.
    public let headers: HTTPFields
    /// The request id: the server's `x-request-id` when it sent one, else the one the SDK sent.
    public let requestID: String

    private let state: EventStreamState<MessageEventFormat>

    init(_ response: RequestExecutor.OpenResponse, executor: RequestExecutor) {
        status = response.head.status.code
        headers = response.head.headerFields
        requestID = response.requestID
        state = EventStreamState(response, executor: executor, accumulator: MessageAccumulator())
    }

    /// The message the events read so far amount to: its blocks with their text, thinking and tool inputs.
    ///
    /// A tool call's input is parsed once its block is complete (`content_block_stop`).
    public var currentMessage: Message {
        state.accumulated.message
    }

    /// Reads the rest of the stream and returns the whole message, as a plain `create` call returns it.
    ///
    /// The events already read by a loop count too, so this works after a `for` loop as well as instead of one.
    ///
    /// - Throws: ``NeosantaraError`` when the stream fails, or failed before.
    public func finalMessage() async throws(NeosantaraError) -> APIResponse<Message> {
        while try await state.next() != nil {}
        return APIResponse(value: currentMessage, httpStatus: status, headers: headers, requestID: requestID)
    }

    /// Creates the iterator that reads the events.
    public func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(state: state)
    }

    /// Reads the events of a ``MessageStream``.
    public struct AsyncIterator: AsyncIteratorProtocol {
        /// The error reading the stream throws.
        public typealias Failure = NeosantaraError

        private let state: EventStreamState<MessageEventFormat>
        private let lifetime: EventStreamState<MessageEventFormat>.IterationLifetime

        init(state: EventStreamState<MessageEventFormat>) {
            self.state = state
            self.lifetime = .init(state: state)
        }

        /// The next event, or `nil` after `message_stop`.
        ///
        /// - Throws: ``NeosantaraError`` when the stream fails.
        public mutating func next() async throws(NeosantaraError) -> MessageStreamEvent? {
            try await state.next()
        }
    }
}
