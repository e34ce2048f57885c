import Logging

/// The call and attempt a ``NeosantaraMiddleware`` runs for.
public struct MiddlewareContext: Sendable {
    /// The operation: `chat`, `embeddings`, `moderations`, `list_models`, `retrieve_model` or `key_status`.
    public var operation: String
    /// The model the request asks for, when it names one.
    public var model: String?
    /// The `x-request-id` every attempt of the call sends.
    public var requestID: String
    /// 1 for the first attempt, 2 for the first retry, and so on.
    public var attempt: Int
    /// The call's logger, with its request id, operation and model in the metadata.
    public var logger: Logger

    /// Creates a context.
    ///
    /// - Parameters:
    ///   - operation: The operation's name.
    ///   - model: The model the request asks for.
    ///   - requestID: The call's `x-request-id`.
    ///   - attempt: The attempt's number, from 1.
    ///   - logger: The call's logger.
    public init(operation: String, model: String?, requestID: String, attempt: Int, logger: Logger) {
        self.operation = operation
        self.model = model
        self.requestID = requestID
        self.attempt = attempt
        self.logger = logger
    }
}
