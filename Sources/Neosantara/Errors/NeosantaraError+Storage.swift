import Foundation
import HTTPTypes

extension NeosantaraError {
    /// An error's fields, in one allocation: the error itself is then one reference wide.
    ///
    /// Every call and stream throws `NeosantaraError` by type, so each async frame that may hold one reserves
    /// room for it; with the fields inline that was some 300 bytes in every such frame, which an open stream
    /// keeps while it waits. The error copies its storage before a change when the storage is shared, so it
    /// keeps value semantics.
    final class Storage: @unchecked Sendable {
        var kind: Kind
        var message: String
        var status: Int?
        var headers: HTTPFields?
        var requestID: String?
        var body: Data?
        var apiError: APIError?
        var parameter: String?
        var codingPath: String?
        var underlying: (any Error)?
        var attempts: Int
        var timeoutKind: TimeoutKind?
        var modelOutput: String?
        var webhookFailure: WebhookFailure?

        init(kind: Kind, message: String) {
            self.kind = kind
            self.message = message
            attempts = 1
        }

        /// A storage holding the same fields as `other`.
        init(copying other: Storage) {
            kind = other.kind
            message = other.message
            status = other.status
            headers = other.headers
            requestID = other.requestID
            body = other.body
            apiError = other.apiError
            parameter = other.parameter
            codingPath = other.codingPath
            underlying = other.underlying
            attempts = other.attempts
            timeoutKind = other.timeoutKind
            modelOutput = other.modelOutput
            webhookFailure = other.webhookFailure
        }
    }
}
