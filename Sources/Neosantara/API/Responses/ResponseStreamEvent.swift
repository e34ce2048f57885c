/// An event of a streamed response: the response's life, its output items and parts as they begin and end,
/// and the text, arguments and reasoning summaries between, as deltas.
///
/// ```swift
/// for try await event in stream {
///     switch event.kind {
///     case .outputTextDelta(let delta, _): print(delta, terminator: "")
///     case .functionCallArgumentsDone(let arguments, _): print("arguments:", arguments)
///     case .completed(let response): print("\n", response.usage?.totalTokens ?? 0, "tokens")
///     default: break
///     }
/// }
/// ```
///
/// An event of a type the SDK does not know is ``Kind/other(_:)``, never an error.
public struct ResponseStreamEvent: Hashable, Sendable {
    /// The event's place in the stream, from 0; resume a background stream after it.
    public var sequenceNumber: Int?
    /// What the event says.
    public var kind: Kind

    /// Creates an event.
    public init(sequenceNumber: Int? = nil, _ kind: Kind) {
        self.sequenceNumber = sequenceNumber
        self.kind = kind
    }

    /// What an event says.
    public enum Kind: Hashable, Sendable {
        /// `response.created`: the response as it starts.
        case created(Response)
        /// `response.queued`: a background response waits to start.
        case queued(Response)
        /// `response.in_progress`.
        case inProgress(Response)
        /// `response.completed`: the whole response; the stream ends.
        case completed(Response)
        /// `response.failed`: the response and its error; the stream ends.
        case failed(Response)
        /// `response.incomplete`: the response stopped early; the stream ends.
        case incomplete(Response)
        /// `response.output_item.added`: an item begins, at `outputIndex` of the output.
        case outputItemAdded(ResponseOutputItem, outputIndex: Int)
        /// `response.output_item.done`: the item, whole.
        case outputItemDone(ResponseOutputItem, outputIndex: Int)
        /// `response.content_part.added`: a part of a message begins.
        case contentPartAdded(ResponseOutputContent, at: Location)
        /// `response.content_part.done`: the part, whole.
        case contentPartDone(ResponseOutputContent, at: Location)
        /// `response.output_text.delta`: more text of a part.
        case outputTextDelta(String, at: Location)
        /// `response.output_text.done`: the part's whole text.
        case outputTextDone(String, at: Location)
        /// `response.refusal.delta`: more of a refusal.
        case refusalDelta(String, at: Location)
        /// `response.refusal.done`: the whole refusal.
        case refusalDone(String, at: Location)
        /// `response.function_call_arguments.delta`: more of a function call's arguments.
        case functionCallArgumentsDelta(String, at: Location)
        /// `response.function_call_arguments.done`: the call's whole arguments.
        case functionCallArgumentsDone(String, at: Location)
        /// `response.reasoning_summary_text.delta`: more of a reasoning summary part; ``Location/index`` is the
        /// summary part's index.
        case reasoningSummaryTextDelta(String, at: Location)
        /// `response.reasoning_summary_text.done`: the summary part's whole text.
        case reasoningSummaryTextDone(String, at: Location)
        /// Any other event, as its JSON, with its `type`.
        case other(JSONValue)
    }

    /// Where a delta or part belongs: the output item, and the part within it.
    public struct Location: Hashable, Sendable {
        /// The output item's id.
        public var itemID: String
        /// The item's index in the response's output.
        public var outputIndex: Int
        /// The part's index: the content part of a message, or the summary part of a reasoning item; `nil` for
        /// function call arguments.
        public var index: Int?

        /// Creates a location.
        public init(itemID: String, outputIndex: Int, index: Int? = nil) {
            self.itemID = itemID
            self.outputIndex = outputIndex
            self.index = index
        }
    }

    /// The event's type on the wire, such as `response.output_text.delta`.
    public var type: String {
        switch kind {
        case .created: "response.created"
        case .queued: "response.queued"
        case .inProgress: "response.in_progress"
        case .completed: "response.completed"
        case .failed: "response.failed"
        case .incomplete: "response.incomplete"
        case .outputItemAdded: "response.output_item.added"
        case .outputItemDone: "response.output_item.done"
        case .contentPartAdded: "response.content_part.added"
        case .contentPartDone: "response.content_part.done"
        case .outputTextDelta: "response.output_text.delta"
        case .outputTextDone: "response.output_text.done"
        case .refusalDelta: "response.refusal.delta"
        case .refusalDone: "response.refusal.done"
        case .functionCallArgumentsDelta: "response.function_call_arguments.delta"
        case .functionCallArgumentsDone: "response.function_call_arguments.done"
        case .reasoningSummaryTextDelta: "response.reasoning_summary_text.delta"
        case .reasoningSummaryTextDone: "response.reasoning_summary_text.done"
        case .other(let json): json["type"]?.stringValue ?? ""
        }
    }

    /// The response of a `response.*` life-cycle event.
    public var response: Response? {
        switch kind {
        case .created(let response), .queued(let response), .inProgress(let response), .completed(let response),
            .failed(let response), .incomplete(let response):
            response
        default:
            nil
        }
    }

    /// Whether the event ends the stream: `response.completed`, `response.failed` or `response.incomplete`.
    public var isTerminal: Bool {
        switch kind {
        case .completed, .failed, .incomplete: true
        default: false
        }
    }
}
