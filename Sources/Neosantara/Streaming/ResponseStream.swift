import HTTPTypes

/// A streamed response of the Responses API: its events as the server sends them.
///
/// ```swift
/// let stream = try await client.responses.stream(model: "nusantara-base", input: "Tulis pantun tentang kopi")
/// for try await event in stream {
///     if case .outputTextDelta(let delta, _) = event.kind {
///         print(delta, terminator: "")
///     }
/// }
/// let response = try await stream.finalResponse()   // the whole response, as `create` returns it
/// ```
///
/// The stream ends with `response.completed`, `response.failed` or `response.incomplete`; a body that ends
/// before one of them throws a ``NeosantaraError/Kind/incompleteStream`` error, so a cut-short answer never
/// passes as a whole one. An `error` event throws ``NeosantaraError/Kind/streamError``, a broken connection
/// ``NeosantaraError/Kind/connection``, and data that is not an event ``NeosantaraError/Kind/decoding``; an
/// event of a type the SDK does not know is ``ResponseStreamEvent/Kind/other(_:)``.
///
/// A stream is read once, only as fast as its events are consumed. Cancelling the task that reads it, or
/// leaving the `for` loop early, closes the connection at once; what arrived until then stays in
/// ``currentResponse``.
public struct ResponseStream: AsyncSequence, Sendable {
    /// An event of the response.
    public typealias Element = ResponseStreamEvent
    /// The error reading the stream throws.
    public typealias Failure = NeosantaraError

    /// The HTTP status of the response.
    public let status: Int
    /// The response headers.
    public let headers: HTTPFields
    /// The request id: the server's `x-request-id` when it sent one, else the one the SDK sent.
    public let requestID: String

    private let state: EventStreamState<ResponseEventFormat>

    init(_ response: RequestExecutor.OpenResponse, executor: RequestExecutor) {
        status = response.head.status.code
        headers = response.head.headerFields
        requestID = response.requestID
        state = EventStreamState(response, executor: executor, accumulator: ResponseAccumulator())
    }

    /// The response the events read so far amount to: its status, and its output items with the text,
    /// arguments and summaries that arrived.
    public var currentResponse: Response {
        state.accumulated.response
    }

    /// The sequence number of the last event read that had one: where to resume a background stream.
    public var lastSequenceNumber: Int? {
        state.accumulated.lastSequenceNumber
    }

    /// Reads the rest of the stream and returns the whole response, as a plain `create` call returns it.
    ///
    /// The events already read by a loop count too.
    ///
    /// - Throws: ``NeosantaraError`` when the stream fails, or failed before.
    public func finalResponse() async throws(NeosantaraError) -> APIResponse<Response> {
        while try await state.next() != nil {}
        return APIResponse(value: currentResponse, httpStatus: status, headers: headers, requestID: requestID)
    }

    /// Creates the iterator that reads the events.
    public func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(state: state)
    }

    /// Reads the events of a ``ResponseStream``.
    public struct AsyncIterator: AsyncIteratorProtocol {
        /// The error reading the stream throws.
        public typealias Failure = NeosantaraError

        private let state: EventStreamState<ResponseEventFormat>
        private let lifetime: EventStreamState<ResponseEventFormat>.IterationLifetime

        init(state: EventStreamState<ResponseEventFormat>) {
            self.state = state
            self.lifetime = .init(state: state)
        }

        /// The next event, or `nil` once the stream has ended.
        ///
        /// - Throws: ``NeosantaraError`` when the stream fails.
        public mutating func next() async throws(NeosantaraError) -> ResponseStreamEvent? {
            try await state.next()
        }
    }
}
