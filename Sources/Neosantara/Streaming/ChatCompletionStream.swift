import HTTPTypes

/// A streamed chat completion: the chunks of the answer as the server sends them.
///
/// ```swift
/// let stream = try await client.chat.completions.stream(model: "nusantara-base", messages: [.user("Ceritakan pantun")])
/// for try await chunk in stream {
///     print(chunk.choices.first?.delta.content ?? "", terminator: "")
/// }
/// let final = try await stream.finalResponse()   // the whole answer, as `create` returns it
/// print(final.usage?.totalTokens ?? 0)
/// ```
///
/// The stream ends at the server's `data: [DONE]`. A body that ends without it is accepted only when every
/// choice has a finish reason; otherwise reading throws a ``NeosantaraError/Kind/incompleteStream`` error, so a
/// cut-short answer never passes as a whole one. An `{"error": …}` event throws
/// ``NeosantaraError/Kind/streamError``, a broken connection ``NeosantaraError/Kind/connection``, and a `data:`
/// line that is not a chunk ``NeosantaraError/Kind/decoding``.
///
/// A stream is read once. The body is read only as fast as the chunks are consumed. Cancelling the task that
/// reads it, or leaving the `for` loop early, closes the connection at once; what arrived until then stays in
/// ``currentResponse``.
///
/// On Linux and on macOS 15, iOS 18 and later, `for try await` throws ``NeosantaraError`` itself; with an
/// earlier deployment target it throws `any Error`, which is always a ``NeosantaraError``.
///
/// An iterator reads the stream until it is released: keep using the one you made until the stream ends,
/// since releasing it early, as leaving a loop does, closes the connection.
public struct ChatCompletionStream: AsyncSequence, Sendable {
    /// A chunk of the answer.
    public typealias Element = ChatCompletionChunk
    /// The error reading the stream throws.
    public typealias Failure = NeosantaraError

    /// The HTTP status of the response.
    public let status: Int
    /// The response headers.
    public let headers: HTTPFields
    /// The request id: the server's `x-request-id` when it sent one, else the one the SDK sent.
    public let requestID: String

    private let state: EventStreamState<ChatCompletionChunkFormat>

    init(_ response: RequestExecutor.OpenResponse, executor: RequestExecutor) {
        status = response.head.status.code
        headers = response.head.headerFields
        requestID = response.requestID
        state = EventStreamState(response, executor: executor, accumulator: ChatCompletionAccumulator())
    }

    /// The completion the chunks read so far amount to: the text, reasoning and tool calls of each choice.
    ///
    /// Read it while iterating to see the answer so far, or after leaving a loop early.
    public var currentResponse: ChatCompletionsResponse {
        state.accumulated.response
    }

    /// Reads the rest of the stream and returns the whole completion, as a plain `create` call returns it.
    ///
    /// The chunks already read by a loop count too, so this works after a `for` loop as well as instead of one.
    ///
    /// - Throws: ``NeosantaraError`` when the stream fails, or failed before.
    public func finalResponse() async throws(NeosantaraError) -> APIResponse<ChatCompletionsResponse> {
        while try await state.next() != nil {}
        return APIResponse(value: currentResponse, httpStatus: status, headers: headers, requestID: requestID)
    }

    /// Creates the iterator that reads the chunks.
    public func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(state: state)
    }

    /// Reads the chunks of a ``ChatCompletionStream``.
    public struct AsyncIterator: AsyncIteratorProtocol {
        /// The error reading the stream throws.
        public typealias Failure = NeosantaraError

        private let state: EventStreamState<ChatCompletionChunkFormat>
        private let lifetime: EventStreamState<ChatCompletionChunkFormat>.IterationLifetime

        init(state: EventStreamState<ChatCompletionChunkFormat>) {
            self.state = state
            self.lifetime = .init(state: state)
        }

        /// The next chunk, or `nil` after `data: [DONE]`.
        ///
        /// - Throws: ``NeosantaraError`` when the stream fails.
        public mutating func next() async throws(NeosantaraError) -> ChatCompletionChunk? {
            try await state.next()
        }
    }
}
