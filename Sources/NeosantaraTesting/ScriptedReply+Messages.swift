import HTTPTypes
import Neosantara

extension ScriptedReply {
    /// A 200 Messages stream of `events`, each written as the Anthropic-compatible API writes it:
    /// `event: <type>` and `data: <json>`.
    ///
    /// ```swift
    /// server.enqueue(
    ///     .messageEvents([.messageStart(start), .ping], error: ("overloaded_error", "Overloaded")),
    ///     for: .anthropicMessages)
    /// ```
    ///
    /// - Parameters:
    ///   - events: The events to send; end with `MessageStreamEvent.messageStop` for a whole stream.
    ///   - error: An `error` event to send after them, with its `type` and `message`.
    public static func messageEvents(
        _ events: [MessageStreamEvent], error: (type: String, message: String)? = nil
    ) -> ScriptedReply {
        do {
            var frames = try events.map { try ServerSentEvents.frame(event: $0.type, $0) }
            if let error {
                frames.append(AnthropicErrorReply.event(type: error.type, message: error.message))
            }
            return ScriptedReply(.eventStream(frames))
        } catch {
            return ScriptedReply(
                APIErrorReply.reply(
                    .internalServerError, APIError(message: "A scripted event did not encode as JSON: \(error)")))
        }
    }

    /// A 200 message, as `POST /anthropic/v1/messages` answers.
    public static func message(_ message: Message) -> ScriptedReply {
        .json(message)
    }
}
