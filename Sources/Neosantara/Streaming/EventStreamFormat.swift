/// What an event stream of one API format makes of its events: the elements it yields, how they add up to the
/// whole response, and how the stream must end.
///
/// ``EventStreamState`` reads any format the same way, with the same guarantees: elements as their events
/// arrive, a stream that ends too early is an error, an error event throws, cancellation closes the
/// connection.
protocol EventStreamFormat {
    /// What the stream yields.
    associatedtype Element: Sendable
    /// What the elements add up to so far.
    associatedtype Accumulator: Sendable

    /// What an element is called in messages, such as `chunk` or `event`.
    static var elementName: String { get }

    /// The property of the public stream that holds what arrived, named when a loop stops reading early.
    static var accumulatedProperty: String { get }

    /// What `event` means: an element, nothing to yield, or the end of the stream.
    ///
    /// - Throws: The error the event reports, or a decoding error made with
    ///   ``EventStreamReader/decodingError(_:expected:underlying:)``.
    static func decode(_ event: ServerSentEvent, reader: EventStreamReader) throws(NeosantaraError)
        -> EventStreamStep<Element>

    /// Adds `element` to what arrived so far.
    static func accumulate(_ element: Element, into accumulator: inout Accumulator)

    /// The error for a body that ended without the format's last event, or `nil` when what arrived is whole.
    static func endOfBodyError(_ accumulator: Accumulator, reader: EventStreamReader) -> NeosantaraError?

    /// What logs, metrics and spans record of the whole stream.
    static func summary(of accumulator: Accumulator) -> ResponseSummary
}

/// What one event of a stream means.
enum EventStreamStep<Element> {
    /// An element to yield.
    case element(Element)
    /// The format's last event, which is an element too: it is yielded, and the stream then ends as with
    /// ``end``.
    case lastElement(Element)
    /// Nothing to yield, such as a keep-alive or an event of an unknown type.
    case skip
    /// The end of the stream: the rest of the body is read and dropped.
    case end
}
